/** robots.txt: everything may be crawled; the sitemap (by @astrojs/sitemap) is named by its absolute URL, under the base path. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${sitePath('/')}\n\nSitemap: ${absoluteUrl(sitePath('/sitemap-index.xml'), site ?? 'https://kaozheng.example')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
