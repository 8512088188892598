/**
 * The gold queries (test/fixtures/search/gold.json) through the real search
 * page in Chromium: every present query lists its claims among the first five
 * claims, and no absent query (a word nowhere in the corpus, a near-miss
 * figure) lists a claim or a page, even after every candidate is checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../helpers/browser.ts';
import { repo } from '../../helpers/project.ts';
import { serve, type Served } from '../../helpers/serve.ts';

interface Gold {
  present: { q: string; claims: Record<string, string> }[];
  absent: string[];
}
const gold = JSON.parse(readFileSync(join(repo, 'test/fixtures/search/gold.json'), 'utf8')) as Gold;

let browser: Browser;
let site: Served;
let page: Page;

beforeAll(async () => {
  site = await serve(join(repo, 'dist'));
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The claim ids the page lists for a query, in order; with `all`, after checking every candidate page. */
async function listed(query: string, all = false): Promise<{ claims: string[]; pages: number }> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.getElementById('result-status')?.dataset.count !== undefined, null, { timeout: 15_000 });
  while (all && (await page.isVisible('#search-more'))) {
    await page.click('#search-more');
    await page.waitForFunction(() => !(document.getElementById('search-more') as HTMLButtonElement).disabled);
  }
  const claims = await page.$$eval('#results .result-claim .result-text a', (links) => links.map((a) => /#(c[0-9a-f]{12})/.exec(a.getAttribute('href') ?? '')?.[1] ?? ''));
  return { claims, pages: await page.locator('#results > li').count() };
}

describe('gold queries', () => {
  it('has at least 40 queries, at least 12 of them absent', () => {
    expect(gold.present.length + gold.absent.length).toBeGreaterThanOrEqual(40);
    expect(gold.absent.length).toBeGreaterThanOrEqual(12);
  });

  for (const { q, claims } of gold.present) {
    it(`${q}: lists ${Object.values(claims).join('；')} in the first five`, async () => {
      const { claims: got } = await listed(q);
      const top = got.slice(0, 5);
      for (const id of Object.keys(claims)) expect(top, `${q} → ${got.join(' ')}`).toContain(id);
    });
  }

  for (const q of gold.absent) {
    it(`${q}: lists nothing, and says so`, async () => {
      const { claims, pages } = await listed(q, true);
      expect(claims, q).toEqual([]);
      expect(pages, q).toBe(0);
      expect(await page.textContent('#result-status')).toContain('没有找到');
      expect(await page.isVisible('#search-empty')).toBe(true);
    });
  }
});
