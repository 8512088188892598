#!/usr/bin/env node
/**
 * The last step of `npm run build`: index the built pages with Pagefind into
 * `dist/pagefind/` and write the offline service worker `dist/sw.js`. A
 * process of its own, after `astro build` has exited, so the index is built
 * without the build's memory still held (at 10,000 articles the two together
 * would pass 6 GB).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../search/build-index.ts';

const root = process.argv[2] ?? process.cwd();
// The built site: dist/, or the tree a build makes beside it (src/cli/build.ts).
const dist = process.argv[3] ? resolve(process.argv[3]) : join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`search index: ${dist} holds no built site; run astro build first (npm run build does both)`);
  process.exit(1);
}
try {
  const started = Date.now();
  const report = await buildSearchIndex(dist);
  console.log(`search index: ${report.pages} pages, ${(report.indexBytes / 1024).toFixed(0)} KiB; service worker precaches ${report.precached} files (${Date.now() - started} ms)`);
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exitCode = 1;
}
