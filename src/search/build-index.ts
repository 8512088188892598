/**
 * Build the search index into `dist/pagefind/` and the offline service worker
 * into `dist/sw.js`. Runs after Astro has written the pages (see
 * src/integrations/kaozheng.ts); pages opt in with `data-pagefind-body`, and
 * claims are found through their anchors (src/site/search-tags.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_LANGUAGE } from '../site/search-tags.ts';
import { serviceWorkerSource } from './service-worker.ts';

/** The service worker precaches the search index while it stays under this, and pages while the site does; beyond, as used. */
export const PRECACHE_BUDGET_BYTES = 40 * 1024 * 1024;
/** The pages that opt in to search: articles, and each entity's first page (see src/pages/). */
const INDEXED_PAGES = '{articles,entities}/*/index.html';
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\./;
/** Pagefind files whose names carry a hash of their content (zh-cn_1093e12.pf_fragment). */
const CONTENT_NAMED = /_[0-9a-f]{7,}\.pf_(?:fragment|index|filter|meta)$/;

export interface IndexReport {
  pages: number;
  indexBytes: number;
  precached: number;
}

export async function buildSearchIndex(dist: string): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    // Only these carry data-pagefind-body; reading the other pages would cost time and nothing else.
    const pages = await index.addDirectory({ path: dist, glob: INDEXED_PAGES });
    if (pages.errors.length > 0) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // Pagefind's ready-made UIs: the site has its own search page, so they are neither shipped nor cached.
    for (const name of readdirSync(join(dist, 'pagefind'))) if (UNUSED.test(name)) rmSync(join(dist, 'pagefind', name));
    return { pages: pages.page_count, ...writeServiceWorker(dist) };
  } finally {
    await pagefind.close();
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** A file of the built site: its path, its path under dist, its size. */
interface File {
  path: string;
  rel: string;
  bytes: number;
}

/**
 * URL for a file under dist, relative to the site's base: `articles/x/index.html` → `articles/x/`,
 * `index.html` → `./`. Relative, so the service worker resolves it against its own scope and
 * the same dist/ works under any base path.
 */
const urlOf = (rel: string) => rel.split(sep).join('/').replace(/index\.html$/, '') || './';

/** Where the service worker finds the list of files to keep (see service-worker.ts). */
export const PRECACHE_MANIFEST = 'sw-precache.json';

/**
 * Write `dist/sw.js` and its list of files to keep, `dist/sw-precache.json`.
 * The list is a file of its own, fetched once per install, so `sw.js`, which
 * browsers fetch again to look for updates, stays small however large the site.
 */
export function writeServiceWorker(dist: string, budget = PRECACHE_BUDGET_BYTES): { precached: number; indexBytes: number } {
  // One walk and one stat per file: at 10,000 articles the site has some 22,000 files.
  const all = files(dist)
    .map((path) => ({ path, rel: relative(dist, path), bytes: statSync(path).size }))
    .filter((f) => f.rel !== 'sw.js' && f.rel !== PRECACHE_MANIFEST);
  const isIndex = (f: File) => f.rel.startsWith(`pagefind${sep}`) && !f.rel.includes(`${sep}playground${sep}`);
  // The search runtime: Pagefind's script, worker, WebAssembly, entry and page metadata.
  const isRuntime = (f: File) => !/^pagefind[\\/](?:index|fragment|filter)[\\/]/.test(f.rel);
  const isCore = (f: File) => f.rel === 'index.html' || f.rel === `search${sep}index.html`;
  const index = all.filter(isIndex);
  const assets = all.filter((f) => !isIndex(f) && /\.(css|js|svg|ico|woff2?)$/.test(f.rel));
  const pages = all.filter((f) => f.rel.endsWith('.html'));
  const size = (list: File[]) => list.reduce((n, f) => n + f.bytes, 0);
  const indexBytes = size(index);
  // Always: the search runtime, the assets and the core pages. Within the budget: the whole index,
  // and every page if they fit too. Beyond it, index chunks, fragments and pages are kept as used.
  const essential = [...index.filter(isRuntime), ...assets, ...pages.filter(isCore)];
  const rest = [...(indexBytes <= budget ? index.filter((f) => !isRuntime(f)) : []), ...(indexBytes + size(assets) + size(pages) <= budget ? pages.filter((f) => !isCore(f)) : [])];
  // Pagefind names its index, fragment and filter files by their content hash: the name says it all.
  const hash = createHash('sha256');
  for (const f of [...essential, ...rest]) hash.update(urlOf(f.rel)).update(CONTENT_NAMED.test(f.rel) ? '' : readFileSync(f.path));
  const version = hash.digest('hex').slice(0, 16);
  const urls = (list: File[]) => list.map((f) => urlOf(f.rel));
  writeFileSync(join(dist, PRECACHE_MANIFEST), `${JSON.stringify({ version, essential: urls(essential), rest: urls(rest) })}\n`);
  writeFileSync(join(dist, 'sw.js'), serviceWorkerSource({ version, manifest: `${PRECACHE_MANIFEST}?v=${version}` }));
  return { precached: essential.length + rest.length, indexBytes };
}
