/**
 * The site published under a sub-path, as a GitHub Pages project site is
 * (`https://user.github.io/kz/`): `KAOZHENG_BASE=/kz/ npm run build`, served
 * under /kz/ only. Every link, asset, feed entry, JSON-LD URL, sitemap entry
 * and data URL stays under it (a link checker walks the whole site), and
 * search and the offline copy work there in Chromium.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, launch } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { fixture, makeProject, repo, runBuild } from '../helpers/project.ts';
import { serve, type Served } from '../helpers/serve.ts';

const BASE = '/kz/';
const ORIGIN = 'https://user.github.io';
let dist: string;
let site: Served;
let browser: Browser;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(async () => {
  const root = makeProject({ seeds: readdirSync(join(repo, 'seeds')).map((f) => join(repo, 'seeds', f)), content: true, site: true });
  // Reviewers' files, so pages carry ClaimReview JSON-LD and the feed has entries.
  cpSync(fixture('reviews'), join(root, 'content'), { recursive: true });
  const run = runBuild(root, { KAOZHENG_BASE: BASE, KAOZHENG_SITE: ORIGIN });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  dist = join(root, 'dist');
  site = await serve(dist, BASE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every URL-valued attribute of a page. */
const attributeUrls = (html: string) => [...html.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x26;|&amp;/g, '&'));
/** Within the site: root-relative, or absolute on its origin. */
const isSitePath = (url: string) => url.startsWith('/') || url.startsWith(`${ORIGIN}/`);
const path = (url: string) => (url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url);

describe('built under a base path', () => {
  it('links nothing outside it: pages, CSS, feed, sitemap, robots.txt, JSON-LD, data files', () => {
    const outside: string[] = [];
    const check = (where: string, urls: string[]) => {
      for (const url of urls.filter(isSitePath)) if (!path(url).startsWith(BASE)) outside.push(`${where}: ${url}`);
    };
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(50);
    let jsonLd = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      check(file.slice(dist.length), attributeUrls(html));
      for (const block of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
        jsonLd++;
        check(`${file.slice(dist.length)} JSON-LD`, [...block[1]!.matchAll(/"(https?:\/\/[^"]*)"/g)].map((m) => m[1]!));
      }
    }
    expect(jsonLd).toBeGreaterThan(0);
    for (const css of readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'))) check(css, [...read(`_astro/${css}`).matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!.replace(/["']/g, '')));
    const feed = read('corrections/feed.xml');
    expect(feed).toContain(`<link rel="self" href="${ORIGIN}${BASE}corrections/feed.xml"/>`);
    check('feed.xml', [...feed.matchAll(/(?:href="|<id>)([^"<]*)/g)].map((m) => m[1]!));
    const sitemaps = readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps).toContain('sitemap-index.xml');
    for (const s of sitemaps) check(s, [...read(s).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!));
    expect(read('sitemap-0.xml')).toContain(`<loc>${ORIGIN}${BASE}articles/`);
    expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
    for (const name of ['claims.json', 'articles.json', 'entities.json', 'findings.json']) {
      const urls = [...read(`data/${name}`).matchAll(/"url":\s*"([^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(0);
      check(name, urls);
    }
    // The service worker's list is relative to its scope, so it holds under any base.
    const precache = JSON.parse(read('sw-precache.json')) as { essential: string[]; rest: string[] };
    expect([...precache.essential, ...precache.rest].filter((u) => u.startsWith('/'))).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('every internal link, asset and fragment resolves under it (link checker over the whole site)', async () => {
    const root = `${site.url}${BASE}`;
    const result = await new LinkChecker().check({
      path: root,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      // Other hosts (evidence, Wikidata, the repository's editor, the site's own absolute URLs) are not this server's.
      linksToSkip: async (link) => !link.startsWith(site.url),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status} ${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((l) => l.state === LinkState.OK);
    // The walk reached every page of the site (each URL is checked once), and its stylesheet, scripts and data files.
    const reached = new Set(checked.map((l) => l.url));
    const pages = htmlFiles(dist).map((f) => `${root}${f.slice(dist.length + 1).replace(/index\.html$/, '')}`).filter((u) => !u.endsWith('404.html'));
    expect(pages.filter((u) => !reached.has(u))).toEqual([]);
    for (const part of ['_astro/', 'register-sw.js', 'favicon.svg', 'articles/', 'entities/', 'checks/', 'data/claims.csv', 'data/claims.schema.json', 'corrections/feed.xml']) {
      expect(checked.some((l) => l.url.startsWith(`${root}${part}`))).toBe(true);
    }
  });

  it('searches under it, and its results link under it', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}${BASE}search/?q=${encodeURIComponent('利用率')}`);
    await page.waitForFunction(() => Number(document.getElementById('result-status')?.dataset.count) > 0, null, { timeout: 15_000 });
    const links = await page.$$eval('#results a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith(`${BASE}articles/`) && !l.startsWith(`${BASE}entities/`))).toEqual([]);
    const response = await page.goto(`${site.url}${links[0]}`);
    expect(response?.status()).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works offline under it, and never answers a data file with a page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${BASE}`);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(scope).toBe(`${site.url}${BASE}`);
    await page.reload();
    await context.setOffline(true);
    await page.goto(`${site.url}${BASE}search/?q=${encodeURIComponent('纳德拉')}`);
    await page.waitForFunction(() => Number(document.getElementById('result-status')?.dataset.count) > 0, null, { timeout: 15_000 });
    expect(await page.$$eval('#results .result-text', (els) => els.map((e) => e.textContent ?? '').join('\n'))).toContain('微软首席执行官指出');
    await page.goto(`${site.url}${BASE}articles/2025-04-28-bu-fen-guo-chan-xin-pian-xian-zhi/`);
    expect(await page.textContent('h1')).toContain('部分国产芯片闲置率高达80%');
    await page.screenshot({ path: join(artifacts(), 'base-path-offline.png') });
    // A data file not kept offline fails as it would without the worker: never the search page's HTML.
    const data = await page.goto(`${site.url}${BASE}data/claims.csv`).then((r) => r?.headers()['content-type'] ?? '', (e: Error) => `failed: ${e.message}`);
    expect(data).not.toMatch(/html/);
    await context.close();
  });
});
