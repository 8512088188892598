import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { parseContentArticle, type ContentArticle } from './parse.ts';

export const ARTICLES_DIR = 'content/articles';

/** Parse every `content/articles/*.mdx`, sorted by file name. */
export function readContent(root: string): { articles: ContentArticle[]; diagnostics: Diagnostic[] } {
  const dir = join(root, ARTICLES_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort() : [];
  const articles: ContentArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const file = `${ARTICLES_DIR}/${name}`;
    const result = parseContentArticle(file, readFileSync(join(root, file), 'utf8'));
    diagnostics.push(...result.diagnostics);
    if (result.article) articles.push(result.article);
  }
  return { articles, diagnostics };
}
