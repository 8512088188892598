/**
 * Astro integration: tells pages where the project is (they read the core
 * corpus from there), and after the pages are written builds the search index
 * from them, and the offline service worker.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../search/build-index.ts';

export function kaozheng(): AstroIntegration {
  return {
    name: 'kaozheng',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KAOZHENG_ROOT': JSON.stringify(fileURLToPath(config.root)) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${report.pages} pages, ${(report.indexBytes / 1024).toFixed(0)} KiB; service worker precaches ${report.precached} files (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
