/**
 * Astro integration: tells pages where the project is (they read the core
 * corpus from there) and where the site is published: Astro's `base` and
 * `site` (set by KAOZHENG_BASE and KAOZHENG_SITE in astro.config.mjs, or by
 * `astro build --base`) are mirrored into KAOZHENG_BASE and KAOZHENG_SITE, so
 * src/content/urls.ts, which the core shares with the CLIs, has one source.
 * The search index is built after `astro build`, by `npm run build`'s last
 * step (src/cli/search-index.ts).
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function kaozheng(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kaozheng',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { define: { 'import.meta.env.KAOZHENG_ROOT': JSON.stringify(fileURLToPath(config.root)) } } });
      },
      // `astro dev`: pages read content/ and seeds/ directly, not as modules, so Vite does not see them
      // change. On a change, Astro's own content-changed event drops its cached getStaticPaths results
      // (whose props would be stale) and open pages reload.
      'astro:server:setup': ({ server }) => {
        const inputs = ['content', 'seeds'].map((dir) => join(root, dir));
        server.watcher.add(inputs);
        const changed = (file: string) => {
          if (!inputs.some((dir) => file.startsWith(`${dir}${sep}`))) return;
          for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      },
      'astro:config:done': ({ config }) => {
        process.env.KAOZHENG_BASE = config.base;
        // Where a build writes its data files (src/site/data-writer.ts).
        process.env.KAOZHENG_OUT_DIR = fileURLToPath(config.outDir);
        if (config.site) process.env.KAOZHENG_SITE = config.site;
      },
    },
  };
}
