import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import type { SeedArticle, SeedExport } from './model.ts';
import { parseSeed } from './parse-seed.ts';

/** Parse every `*.txt` in `seeds/` (sorted by name) and reject articles that two exports share. */
export function readSeeds(root: string, dir = 'seeds'): { seeds: SeedExport[]; diagnostics: Diagnostic[] } {
  const names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt')).sort();
  const seeds: SeedExport[] = [];
  const diagnostics: Diagnostic[] = [];
  const firstSeen = new Map<string, SeedArticle>();
  for (const name of names) {
    const file = `${dir}/${name}`;
    const result = parseSeed(file, readFileSync(join(root, file)));
    diagnostics.push(...result.diagnostics);
    if (!result.seed) continue;
    seeds.push(result.seed);
    for (const article of result.seed.articles) {
      const other = firstSeen.get(article.id);
      if (other) {
        diagnostics.push({ ...article.source, source: 'seed', rule: 'duplicate-article', fatal: true, message: `article "${article.title}" (${article.outlet}, ${article.printed}) is already in another export: remove one copy`, cause: { ...other.source, message: 'first seen here' } });
      } else {
        firstSeen.set(article.id, article);
      }
    }
  }
  if (names.length === 0) diagnostics.push({ file: dir, line: 1, column: 1, source: 'seed', rule: 'no-seeds', fatal: true, message: 'no seed exports (*.txt) found' });
  return { seeds, diagnostics };
}
