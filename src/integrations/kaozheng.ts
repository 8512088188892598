/**
 * Astro integration: tells pages where the project is (they read the core
 * corpus from there) and where the site is published: Astro's `base` and
 * `site` (set by KAOZHENG_BASE and KAOZHENG_SITE in astro.config.mjs, or by
 * `astro build --base`) are mirrored into KAOZHENG_BASE and KAOZHENG_SITE, so
 * src/content/urls.ts, which the core shares with the CLIs, has one source. The search index is built after `astro build`, by
 * `npm run build`'s last step (src/cli/search-index.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function kaozheng(): AstroIntegration {
  return {
    name: 'kaozheng',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KAOZHENG_ROOT': JSON.stringify(fileURLToPath(config.root)) } } });
      },
      'astro:config:done': ({ config }) => {
        process.env.KAOZHENG_BASE = config.base;
        if (config.site) process.env.KAOZHENG_SITE = config.site;
      },
    },
  };
}
