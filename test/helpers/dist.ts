/** Reading the built site: every HTML page, a page's links and ids, the search index's pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PageResult } from '../../src/search/claims.ts';

export function htmlFiles(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  return walk(dist).sort();
}

/** `/articles/x/` for dist/articles/x/index.html. */
export const urlOf = (dist: string, file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** Every page of the Pagefind index in `dist/pagefind/fragment/` (gzip, after Pagefind's own signature). */
export function searchFragments(dist: string): (Omit<PageResult, 'locations'> & { filters: Record<string, string[]> })[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString('utf8').replace(/^[^{]*/, '')));
}
