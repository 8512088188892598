/**
 * Astro integration: tells pages where the project is (they read the core
 * corpus from there). The search index is built after `astro build`, by
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
    },
  };
}
