#!/usr/bin/env node
/**
 * `npm run entities`: validate the registry and report linking per entity.
 * `npm run entities -- --suggest`: entities discovered in the corpus (自动识别), candidates below
 * the publishing threshold, and likely names nothing knows.
 * `npm run entities -- --suggest --write`: a registry file per discovered entity, same id
 * (content/entities/<id>.yaml; existing files are kept), ready to review and merge.
 * `--json` prints machine-readable output. A project root may follow the flags.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../core/diagnostic.ts';
import { entityYaml } from '../entities/confirm.ts';
import { loadCorpus } from '../pipeline/load.ts';
import { suggestNames } from '../entities/suggest.ts';

const args = process.argv.slice(2);
const suggest = args.includes('--suggest');
const write = args.includes('--write');
const json = args.includes('--json');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();

try {
  const { articles, entities } = loadCorpus(root);
  const claims = articles.flatMap((a) => a.sections.flatMap((s) => s.claims));
  const discovered = entities.filter((e) => e.discovered);
  if (suggest) {
    const known = entities.flatMap((e) => [e.name, e.names?.zh, e.names?.en, ...e.aliases, ...e.roles].filter((n): n is string => !!n));
    const suggestions = suggestNames(claims, known);
    const written: string[] = [];
    if (write) {
      for (const e of discovered) {
        const path = join(root, e.file);
        if (existsSync(path)) continue;
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, entityYaml(e));
        written.push(e.file);
      }
    }
    const found = discovered.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, claims: e.discovered!.claims, strong: e.discovered!.strong, file: e.file }));
    if (json) console.log(JSON.stringify({ discovered: found, suggestions, written }, null, 2));
    else {
      console.log(`${found.length} entities discovered in the corpus (自动识别, published; confirm with --suggest --write):`);
      for (const e of found) console.log(`${String(e.claims).padStart(4)}  ${e.id}  ${e.name}${e.aliases.length > 0 ? ` (${e.aliases.join('、')})` : ''}  ${e.type}${e.strong ? `, ${e.strong}` : ''}`);
      console.log(`${suggestions.length} other name(s) in claims that nothing knows:`);
      for (const s of suggestions) console.log(`${String(s.count).padStart(4)}  ${s.name}  (${s.kind}; e.g. ${s.claims.join(', ')})`);
      for (const file of written) console.log(`wrote ${file}`);
    }
  } else {
    const counts = new Map(entities.map((e) => [e.id, 0]));
    for (const c of claims) for (const id of c.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ambiguous = claims.flatMap((c) => c.mentions.filter((m) => m.entity === null).map((m) => ({ claim: c.id, text: m.text, candidates: m.candidates ?? [] })));
    if (json) console.log(JSON.stringify({ entities: Object.fromEntries(counts), discovered: discovered.map((e) => e.id), ambiguous }, null, 2));
    else {
      console.log(`${entities.length} entities (${discovered.length} 自动识别), ${claims.length} claims, ${claims.filter((c) => c.entities.length > 0).length} claims linked to at least one entity`);
      const mark = new Set(discovered.map((e) => e.id));
      for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${id}${mark.has(id) ? '  (自动识别)' : ''}`);
      for (const a of ambiguous) console.log(`ambiguous: "${a.text}" in ${a.claim} could be ${a.candidates.join(' or ')}`);
    }
  }
} catch (error) {
  if (error instanceof InputError) console.error(error.message);
  else console.error(`entities: unexpected failure: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
}
