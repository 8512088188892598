import { readFileSync } from 'node:fs';
import { parseSeed } from '/work/wt/e13/src/core/parse-seed.ts';
import { discoverEntities } from '/work/wt/e13/src/entities/discover/discover.ts';
const { seed } = parseSeed('seed.txt', readFileSync(`/work/wt/e13/test/fixtures/topics/${process.argv[2]}/seed.txt`));
const articles = seed!.articles.map((a, i) => ({ slug: `a${i}`, title: a.title, claims: a.sections.flatMap(s => s.claims.map(c => ({ id: c.id, text: c.text }))) }));
const r = discoverEntities(articles, []);
for (const e of r.entities) console.log(e.id, e.type, e.name, '|', e.aliases.join(','), '|', e.roles.slice(0,2).join(','), '|', e.relations.map(x=>x.kind+':'+x.target).join(','), e.discovered.claims, e.discovered.strong);
console.log(r.candidates.filter(c => !r.entities.some(e => e.id === c.id)).map(c => c.name+'('+c.discovered.claims+')').join(' '));
