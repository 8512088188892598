/**
 * Offline claim search in a real browser (Debian Chromium) against the built site:
 * result quality for readers' queries, filters, deep links, keyboard, and the
 * network cut after one visit. Prints the index size, bytes per query and latency.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, launch } from '../../helpers/browser.ts';
import { repo } from '../../helpers/project.ts';
import { serve, type Served } from '../../helpers/serve.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve(join(repo, 'dist'));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Run a query through the page as a reader would. Results are pages (an
 * article with its matching claims, or an entity); `groups` holds each
 * result's texts, `texts` all of them in order.
 */
async function search(page: Page, query: string, params = ''): Promise<{ texts: string[]; groups: string[][]; count: number; ms: number }> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}${params}`);
  await page.waitForFunction(() => document.getElementById('result-status')?.dataset.count !== undefined, null, { timeout: 15_000 });
  const groups = await page.$$eval('#results > li', (els) => els.map((li) => [...li.querySelectorAll('.result-text')].map((e) => e.textContent ?? '')));
  const status = await page.$eval('#result-status', (e) => ({ count: Number((e as HTMLElement).dataset.count), ms: Number((e as HTMLElement).dataset.ms) }));
  return { texts: groups.flat(), groups, ...status };
}

/** Query → a piece of the claim a reader wants to find. */
const QUERIES: [string, string][] = [
  ['利用率', '部分智算中心国产算力利用率不足20%'],
  ['点亮率', '智算中心设备点亮率不足50%'],
  ['英伟达 市值', '市值降至4.69万亿美元'],
  ['1.4万亿', '1.4万亿美元'],
  ['130亿美元', '实际收入远不止130亿美元'],
  ['寒武纪 市盈率', '寒武纪市盈率达400倍'],
  ['使用寿命', '有效使用寿命仅2-3年'],
  ['纳德拉', '微软首席执行官指出'],
  ['Altman', 'Altman支持该观点'],
  ['黄仁勋', '英伟达首席执行官关于'],
  ['193.16', '股价收于193.16美元'],
  ['闲置率', '国产芯片闲置率可能高达70%-80%'],
  ['软银 清仓', '软银此次清仓被市场视为看空信号'],
];

describe('search quality', () => {
  for (const [query, wanted] of QUERIES) {
    it(`${query}: the claim is listed in the first five results`, async () => {
      const page = await browser.newPage();
      const { groups } = await search(page, query);
      const top = groups.slice(0, 5).flat();
      expect(top.some((t) => t.includes(wanted)), `${query} → ${top.join(' | ')}`).toBe(true);
      await page.close();
    });
  }

  it('finds 英伟达首席执行官 when asked for 黄仁勋, and says why', async () => {
    const page = await browser.newPage();
    await search(page, '黄仁勋');
    const result = page.locator('#results li', { hasText: '英伟达首席执行官关于' });
    await expect(result.locator('.result-via').textContent()).resolves.toContain('黄仁勋');
    await page.close();
  });
});

describe('search page', () => {
  it('shows filter facets with counts, and a filter narrows the results', async () => {
    const page = await browser.newPage();
    const all = await search(page, '算力');
    // Filters are fetched on request: none before, counts after.
    expect(await page.locator('#facets label').count()).toBe(0);
    await page.click('#show-filters');
    const facet = page.locator('#facets label', { hasText: '第一财经' });
    const count = Number((await facet.locator('.count').textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all.count);
    await facet.locator('input').check();
    await page.waitForFunction((n) => Number(document.getElementById('result-status')?.dataset.count) === n, count);
    expect(page.url()).toContain(`${encodeURIComponent('媒体')}=${encodeURIComponent('第一财经')}`);
    const outlets = await page.$$eval('#results > li > .result-meta', (els) => els.map((e) => e.textContent ?? ''));
    expect(outlets.length).toBeGreaterThan(0);
    for (const o of outlets) expect(o).toContain('第一财经');
    await page.close();
  });

  it('lists six pages at a time, and checks the next candidates on 继续查找', async () => {
    const page = await browser.newPage();
    const { groups, count } = await search(page, '算力');
    expect(count).toBe(6);
    expect(groups).toHaveLength(6);
    const claims = async () => Number(await page.$eval('#result-status', (e) => (e as HTMLElement).dataset.claims));
    const before = await claims();
    expect(await page.textContent('#search-more')).toMatch(/还有 \d+ 个候选页面待核对/);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#results > li').length > 6);
    await expect.poll(claims).toBeGreaterThan(before);
    await page.close();
  });

  it('reproduces a search from its deep link, with filters and sort', async () => {
    const page = await browser.newPage();
    const { texts } = await search(page, '市值', `&${encodeURIComponent('实体')}=${encodeURIComponent('英伟达')}&sort=date:asc`);
    expect(await page.inputValue('#q')).toBe('市值');
    expect(await page.inputValue('#sort')).toBe('date:asc');
    expect(await page.isChecked('#facets input[value="英伟达"]')).toBe(true);
    // Oldest first: the March market-cap fall comes before October's record.
    const march = texts.findIndex((t) => t.includes('蒸发约1.2万亿元'));
    const october = texts.findIndex((t) => t.includes('市值突破5万亿美元'));
    expect(march).toBeGreaterThanOrEqual(0);
    expect(march).toBeLessThan(october);
    await page.close();
  });

  it('highlights the query in results, and opens the claim at its permalink', async () => {
    const page = await browser.newPage();
    await search(page, '点亮率');
    expect(await page.$eval('#results .result-text mark', (e) => e.textContent)).toBe('点亮率');
    const href = await page.$eval('#results .result-claim a', (a) => a.getAttribute('href'));
    expect(href).toMatch(/^\/articles\/[^#]+#c[0-9a-f]{12}:~:text=/);
    await page.click('#results .result-claim a');
    await page.waitForURL(/\/articles\//);
    // The browser highlights the term (a text fragment, no script) and scrolls the claim into view.
    const id = href!.split('#')[1]!.split(':~:')[0]!;
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expect.poll(() => page.$eval(`#${id}`, (e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    await page.close();
  });

  it('helps when nothing is found, and is usable from the keyboard', async () => {
    const page = await browser.newPage();
    const { count } = await search(page, 'zzqxjvw');
    expect(count).toBe(0);
    expect(await page.isVisible('#search-empty')).toBe(true);
    await page.focus('body');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('利用率');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Number(document.getElementById('result-status')?.dataset.count) > 0);
    // Every page has a search form with an access key.
    await page.goto(`${site.url}/entities/`);
    expect(await page.getAttribute('#site-search-q', 'accesskey')).toBe('s');
    await page.close();
  });
});

describe('offline', () => {
  it('keeps searching with the network cut after one visit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await context.setOffline(true);
    const { texts, count } = await search(page, '纳德拉');
    expect(count).toBeGreaterThan(0);
    expect(texts.some((t) => t.includes('微软首席执行官指出'))).toBe(true);
    await page.goto(`${site.url}/articles/2025-04-28-bu-fen-guo-chan-xin-pian-xian-zhi/`);
    expect(await page.textContent('h1')).toContain('部分国产芯片闲置率高达80%');
    await page.screenshot({ path: join(artifacts(), 'search-offline.png') });
    await context.close();
  });
});

describe('measurements (printed, never asserted as timings)', () => {
  it('reports index size, bytes fetched per query and latency', async () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const indexBytes = files(join(repo, 'dist/pagefind')).reduce((n, f) => n + statSync(f).size, 0);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) bytes += Number(r.headers()['content-length'] ?? 0);
    });
    await page.goto(`${site.url}/search/`);
    await page.waitForFunction(() => document.getElementById('result-status')?.textContent?.includes('输入'));
    const startup = bytes;
    // A reader's session: one query, then another on the same page (the index stays loaded).
    const asked = async (query: string) => {
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      await page.waitForFunction((q) => document.getElementById('result-status')?.dataset.q === q, query, { timeout: 15_000 });
      return page.$eval('#result-status', (e) => ({ count: Number((e as HTMLElement).dataset.count), ms: Number((e as HTMLElement).dataset.ms) }));
    };
    const first = await asked('利用率');
    const afterFirst = bytes;
    const second = await asked('英伟达 市值');
    console.log(`search: index ${(indexBytes / 1024).toFixed(0)} KiB on disk; start-up ${(startup / 1024).toFixed(1)} KiB; first query ${((afterFirst - startup) / 1024).toFixed(1)} KiB in ${first.ms} ms; second query ${((bytes - afterFirst) / 1024).toFixed(1)} KiB in ${second.ms} ms`);
    expect(first.count).toBeGreaterThan(0);
    await context.close();
  });
});
