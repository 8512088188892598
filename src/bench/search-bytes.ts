#!/usr/bin/env node
/**
 * `node src/bench/search-bytes.ts DIST [QUERY …]`: the bytes a reader's browser
 * fetches to search a built site (a dist/ that `npm run build` or the bench
 * made). Serves DIST on a loopback port as a static host does (gzip for text,
 * Pagefind's own files as they are: already gzip), opens /search/ in Chromium,
 * then asks each query in the same page, as a reader would (types it, presses
 * Enter), and waits for the results and a quiet network. Bytes are the bodies
 * as sent (after gzip), summed per step: start-up (the page, its script and
 * Pagefind's start-up files), the first query, each later query. The service
 * worker is blocked: it would precache the site and blur the figures. Default
 * queries: 利用率, 市盈率, 寒武纪, 数据中心, 英伟达 市值. Printed, never asserted;
 * the last line is one JSON object.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.ts';

const [dist, ...asked] = process.argv.slice(2);
if (!dist || !existsSync(resolve(dist, 'pagefind/pagefind.js'))) {
  console.error('search-bytes: give a built dist/ with its search index (dist/pagefind/): node src/bench/search-bytes.ts DIST [QUERY …]');
  process.exit(2);
}
const queries = asked.length > 0 ? asked : ['利用率', '市盈率', '寒武纪', '数据中心', '英伟达 市值'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Step {
  step: string;
  /** Every body fetched, as sent. */
  bytes: number;
  /** Those under /pagefind/: the index and Pagefind's code. */
  pagefind: number;
  files: number;
  /** Of `pagefind`: index chunks, page fragments (text and metadata), the rest (code, WebAssembly, entry, page list, filters). */
  index: number;
  fragments: number;
  /** Claims and pages listed (queries only). */
  claims?: number;
  pages?: number;
}

const site = await serveStatic(resolve(dist));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Sizes as sent: the Content-Length of each response (the server sets it to the gzip body's size).
  let bytes = 0;
  let pagefind = 0;
  let files = 0;
  let index = 0;
  let fragments = 0;
  let inflight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inflight++;
    lastActivity = Date.now();
  });
  const done = () => {
    inflight--;
    lastActivity = Date.now();
  };
  page.on('requestfailed', done);
  page.on('requestfinished', (request) => {
    void request.response().then((response) => {
      const length = Number(response?.headers()['content-length'] ?? 0);
      bytes += length;
      files++;
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/')) pagefind += length;
      if (path.endsWith('.pf_index')) index += length;
      if (path.endsWith('.pf_fragment')) fragments += length;
      done();
    });
  });
  /** Resolves once no request has been open or finished for `ms` (the search box debounces typing by 250 ms). */
  const quiet = async (ms = 800) => {
    while (inflight > 0 || Date.now() - lastActivity < ms) await new Promise((r) => setTimeout(r, 50));
  };
  const steps: Step[] = [];
  const mark = (step: string, extra: Partial<Step> = {}) => {
    const sum = (key: 'bytes' | 'pagefind' | 'files' | 'index' | 'fragments') => steps.reduce((n, x) => n + x[key], 0);
    steps.push({ step, bytes: bytes - sum('bytes'), pagefind: pagefind - sum('pagefind'), index: index - sum('index'), fragments: fragments - sum('fragments'), files: files - sum('files'), ...extra });
  };

  await page.goto(`${site.url}/search/`);
  await page.waitForFunction(() => document.getElementById('result-status')?.textContent?.includes('输入'), null, { timeout: 60_000 });
  await quiet();
  mark('start-up');
  for (const query of queries) {
    await page.fill('#q', query);
    await page.press('#q', 'Enter');
    await page.waitForFunction((q) => document.getElementById('result-status')?.dataset.q === q, query, { timeout: 60_000 });
    await quiet();
    const listed = await page.$eval('#result-status', (e) => ({ claims: Number((e as HTMLElement).dataset.claims), pages: Number((e as HTMLElement).dataset.count) }));
    mark(query, listed);
  }
  await context.close();

  const kib = (n: number) => (n / 1024).toFixed(1).padStart(8);
  console.log(`search bytes: ${resolve(dist)} (KiB as sent, gzip)`);
  console.log('     all  pagefind     index  fragments  files  step');
  for (const s of steps) {
    const listed = s.claims === undefined ? '' : ` (${s.claims} claims, ${s.pages} pages listed)`;
    console.log(`${kib(s.bytes)}  ${kib(s.pagefind)}  ${kib(s.index)}   ${kib(s.fragments)}  ${String(s.files).padStart(5)}  ${s.step}${listed}`);
  }
  console.log(JSON.stringify({ dist: resolve(dist), steps }));
} finally {
  await browser.close();
  await site.close();
}
