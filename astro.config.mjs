// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkClaims from './src/site/remark-claims.ts';
import { kaozheng } from './src/integrations/kaozheng.ts';

export default defineConfig({
  // Where the site is published: its origin (absolute URLs in the feed, JSON-LD, canonical links,
  // the sitemap) and the path under it (every link; a GitHub Pages project site is under /<repo>/).
  site: process.env.KAOZHENG_SITE || 'https://kaozheng.example',
  base: process.env.KAOZHENG_BASE || '/',
  trailingSlash: 'always',
  // Per project (not node_modules/.astro), so copies of the project never share a data store.
  cacheDir: './.astro/cache',
  markdown: {
    // The unified processor, so our remark plugins run; smartypants off so
    // display text (quotes included) stays exactly as written.
    processor: unified({ remarkPlugins: [remarkClaims], smartypants: false }),
    // No code to highlight, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
  },
  // The 404 page is not a page to list (the sitemap leaves it out itself).
  integrations: [mdx(), kaozheng(), sitemap()],
  // Eight pages at a time: pages render while the others' directories and files are written, and
  // writing is what a page waits on (the main thread was idle a third of the pages phase at two at a
  // time). At 1,000 articles, alternating builds: median 10.3 s against 11.8 s at two, for ~15 MB
  // more (README, Benchmark).
  build: { inlineStylesheets: 'never', concurrency: 8 },
  security: {
    // Content is data: no page may run script beyond the site's own bundles. Pagefind needs WebAssembly.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
