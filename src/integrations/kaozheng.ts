/**
 * Astro integration: tells pages where the project is (they read the core
 * corpus from there), and after the pages are written builds the search index
 * from them, and the offline service worker.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { logTiming } from '../bench/timing.ts';
import { buildSearchIndex } from '../search/build-index.ts';

export function kaozheng(): AstroIntegration {
  return {
    name: 'kaozheng',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KAOZHENG_ROOT': JSON.stringify(fileURLToPath(config.root)) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const report = await buildSearchIndex(fileURLToPath(dir));
        logTiming('search', started, Date.now());
        logger.info(`search index: ${report.pages} pages, ${(report.indexBytes / 1024).toFixed(0)} KiB; service worker precaches ${report.precached} files (${Date.now() - started} ms)`);
      },
    },
  };
}
