/** Reading the built site: every HTML page, and a page's links and ids. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function htmlFiles(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  return walk(dist).sort();
}

/** `/articles/x/` for dist/articles/x/index.html. */
export const urlOf = (dist: string, file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
