#!/usr/bin/env node
/**
 * `npm run entities`: validate the registry and report linking per entity.
 * `npm run entities -- --suggest`: likely names in claims the registry does not know.
 * `--json` prints machine-readable output. A project root may follow the flags.
 */
import { InputError } from '../core/diagnostic.ts';
import { loadCorpus } from '../pipeline/load.ts';
import { suggestNames } from '../entities/suggest.ts';

const args = process.argv.slice(2);
const suggest = args.includes('--suggest');
const json = args.includes('--json');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();

try {
  const { articles, entities } = loadCorpus(root);
  const claims = articles.flatMap((a) => a.sections.flatMap((s) => s.claims));
  if (suggest) {
    const known = entities.flatMap((e) => [e.name, e.names?.zh, e.names?.en, ...e.aliases, ...e.roles].filter((n): n is string => !!n));
    const suggestions = suggestNames(claims, known);
    if (json) console.log(JSON.stringify({ suggestions }, null, 2));
    else {
      console.log(`${suggestions.length} name(s) in claims that content/entities/ does not know:`);
      for (const s of suggestions) console.log(`${String(s.count).padStart(4)}  ${s.name}  (${s.kind}; e.g. ${s.claims.join(', ')})`);
    }
  } else {
    const counts = new Map(entities.map((e) => [e.id, 0]));
    for (const c of claims) for (const id of c.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ambiguous = claims.flatMap((c) => c.mentions.filter((m) => m.entity === null).map((m) => ({ claim: c.id, text: m.text, candidates: m.candidates ?? [] })));
    if (json) console.log(JSON.stringify({ entities: Object.fromEntries(counts), ambiguous }, null, 2));
    else {
      console.log(`${entities.length} entities, ${claims.length} claims, ${claims.filter((c) => c.entities.length > 0).length} claims linked to at least one entity`);
      for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${id}`);
      for (const a of ambiguous) console.log(`ambiguous: "${a.text}" in ${a.claim} could be ${a.candidates.join(' or ')}`);
    }
  }
} catch (error) {
  if (error instanceof InputError) console.error(error.message);
  else console.error(`entities: unexpected failure: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
}
