import { readFileSync } from 'node:fs';
import { parse } from '/work/wt/e13/node_modules/yaml/dist/index.js';
import { parseSeed } from '/work/wt/e13/src/core/parse-seed.ts';
import { discoverEntities } from '/work/wt/e13/src/entities/discover/discover.ts';
import { Linker } from '/work/wt/e13/src/entities/linker.ts';
import { articleSubject } from '/work/wt/e13/src/entities/subject.ts';
import { normalizeAlias } from '/work/wt/e13/src/core/match-text.ts';
const verbose = process.argv.includes('-v');
for (const topic of process.argv.slice(2).filter(a => !a.startsWith('-'))) {
  const dir = `/work/wt/e13/test/fixtures/topics/${topic}`;
  const { seed } = parseSeed('seed.txt', readFileSync(`${dir}/seed.txt`));
  const gold = parse(readFileSync(`${dir}/gold.yaml`, 'utf8'));
  const articles = seed!.articles.map((a, i) => ({ slug: `a${i}`, title: a.title, claims: a.sections.flatMap(s => s.claims.map(c => ({ id: c.id, text: c.text }))) }));
  const r = discoverEntities(articles, []);
  const names = (e: any) => new Set([e.name, ...(e.aliases ?? [])].map(normalizeAlias));
  const match = (g: any) => r.entities.find(d => [...names(d)].some(n => names(g).has(n)));
  const multi = gold.entities.filter((g: any) => (g.claims ?? []).length >= 2);
  const found = multi.filter((g: any) => match(g));
  const acceptable = new Set((gold.acceptable ?? []).map(normalizeAlias));
  const good = r.entities.filter(d => gold.entities.some((g: any) => [...names(d)].some(n => names(g).has(n))) || [...names(d)].some(n => acceptable.has(n)));
  const linker = new Linker(r.entities);
  const linked = new Map<string, string[]>();
  for (const a of articles) { const s = articleSubject(linker, a.title, undefined, a.claims[0]?.text); for (const c of a.claims) linked.set(c.text, linker.link(c.text, s).entities); }
  let total = 0, ok = 0; const misses: string[] = [];
  for (const g of gold.entities) { const d = match(g); for (const p of g.claims ?? []) { total++; const text = [...linked.keys()].find(t => t.startsWith(p)); if (d && text && linked.get(text)!.includes(d.id)) ok++; else misses.push(`${g.name}: ${p}`); } }
  console.log(`${topic}: entities(≥2 claims) ${found.length}/${multi.length} = ${(found.length/multi.length*100).toFixed(0)}%  precision ${good.length}/${r.entities.length} = ${(good.length/r.entities.length*100).toFixed(0)}%  claim links ${ok}/${total} = ${(ok/total*100).toFixed(0)}%`);
  if (verbose) {
    console.log(' missing:', multi.filter((g: any) => !match(g)).map((g: any) => g.name).join(' '));
    console.log(' wrong:', r.entities.filter(d => !good.includes(d)).map(d => `${d.name}(${d.discovered.claims})`).join(' '));
    console.log(' link misses:', misses.slice(0, 40).join('\n   '));
  }
}
