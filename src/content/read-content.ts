import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { SeedExport } from '../core/model.ts';
import { canonicalArticle, seedArticles } from './canonical.ts';
import { parseContentArticle, type ContentArticle } from './parse.ts';

export const ARTICLES_DIR = 'content/articles';

/**
 * Parse every `content/articles/*.mdx`, sorted by file name. Given the seeds,
 * files that are exactly what ingest wrote are read from them (canonical.ts).
 */
export function readContent(root: string, seeds: readonly SeedExport[] = []): { articles: ContentArticle[]; diagnostics: Diagnostic[] } {
  const bySeed = seedArticles(seeds);
  const dir = join(root, ARTICLES_DIR);
  const all = existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : [];
  const names = all.filter((n) => n.endsWith('.mdx'));
  const articles: ContentArticle[] = [];
  // A renamed article (x.md) or a stray file would be silently left out of the site: name it.
  const diagnostics: Diagnostic[] = all
    .filter((n) => !n.endsWith('.mdx'))
    .map((n) => ({ file: `${ARTICLES_DIR}/${n}`, line: 1, column: 1, source: 'content' as const, rule: 'not-an-article', fatal: true, message: `not an article: ${ARTICLES_DIR}/ holds *.mdx files only${n.endsWith('.md') ? ` (rename it to ${n.slice(0, -3)}.mdx)` : ''}` }));
  for (const name of names) {
    const file = `${ARTICLES_DIR}/${name}`;
    const source = readFileSync(join(root, file), 'utf8');
    const canonical = canonicalArticle(file, source, bySeed);
    if (canonical) {
      articles.push(canonical);
      continue;
    }
    const result = parseContentArticle(file, source);
    diagnostics.push(...result.diagnostics);
    if (result.article) articles.push(result.article);
  }
  return { articles, diagnostics };
}
