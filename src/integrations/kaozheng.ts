/**
 * Astro integration: after the pages are written, build the claim-level
 * search index and the offline service worker from the same corpus the pages
 * came from.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCorpus } from '../content/corpus.ts';
import { buildSearchIndex } from '../search/build-index.ts';

export function kaozheng(): AstroIntegration {
  let root = '';
  return {
    name: 'kaozheng',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir), loadCorpus(root));
        logger.info(`search index: ${report.records} claim records and ${report.pages} pages, ${(report.indexBytes / 1024).toFixed(0)} KiB; service worker precaches ${report.precached} files (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
