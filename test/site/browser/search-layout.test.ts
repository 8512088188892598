/**
 * The search page as readers see it, at 390 px (a phone) and 1280 px: it holds
 * still while results arrive (cumulative layout shift, measured in the page
 * with a PerformanceObserver; before the fix it was 0.27 at 1280 px and 0.18
 * at 390 px here, the scrollbar's appearance and the footer pushed down), stays axe-clean, puts the filter control before
 * the results, shows keyboard hints only where a keyboard is likely, and never
 * shows text a claim does not hold.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../helpers/browser.ts';
import { repo } from '../../helpers/project.ts';
import { serve, type Served } from '../../helpers/serve.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const claims = JSON.parse(readFileSync(join(repo, 'dist/data/claims.json'), 'utf8')) as { text: string; corrected: string | null }[];

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve(join(repo, 'dist'));
  // Scrollbars that take room, as on a desktop: a page that grows past the window must not move sideways.
  browser = await launch({ scrollbars: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

async function open(context: BrowserContext, query: string, params = ''): Promise<Page> {
  const page = await context.newPage();
  // Layout shifts from the first paint on, as Lighthouse counts them (none follows a reader's input here).
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}${params}`);
  if (query) await page.waitForFunction(() => document.getElementById('result-status')?.dataset.count !== undefined, null, { timeout: 20_000 });
  return page;
}

for (const [name, device] of [['390 px', PHONE], ['1280 px', DESKTOP]] as const) {
  describe(`search page at ${name}`, () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ ...device, bypassCSP: true, serviceWorkers: 'block' });
    });
    afterAll(() => context?.close());

    it('holds still while results arrive: layout shift below 0.1', async () => {
      const page = await open(context, '利用率');
      // Give late layout work (fonts, the last results) time to land.
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      console.log(`search layout shift at ${name}: ${cls.toFixed(4)}`);
      expect(cls).toBeLessThan(0.1);
      await page.close();
    });

    it('is axe-clean with results and with an honest empty', async () => {
      for (const query of ['利用率', '英为达']) {
        const page = await open(context, query);
        await page.addScriptTag({ content: axeSource });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
        )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
        const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious, query).toEqual([]);
        await page.close();
      }
    });

    it('puts the filter control before the results', async () => {
      const page = await open(context, '算力');
      const button = await page.locator('#show-filters').boundingBox();
      const first = await page.locator('#results > li').first().boundingBox();
      expect(button).not.toBeNull();
      // In reading order and on screen: before the first result (above it on a phone, beside it on a desktop).
      expect(await page.evaluate(() => !!(document.getElementById('show-filters')!.compareDocumentPosition(document.getElementById('results')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
      if (device === PHONE) expect(button!.y + button!.height).toBeLessThanOrEqual(first!.y);
      await page.close();
    });

    it(`shows keyboard hints ${device === PHONE ? 'not on a touch screen' : 'where a keyboard is likely'}`, async () => {
      const page = await open(context, '');
      expect(await page.isVisible('.keyboard-hint')).toBe(device !== PHONE);
      await page.close();
    });
  });
}

describe('what results show', () => {
  it('shows claims as written, highlights only the terms as matched, and counts what it counts', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await open(context, '英伟达', `&${encodeURIComponent('核查')}=${encodeURIComponent('说法相反')}`);
    const texts = await page.$$eval('#results .result-claim .result-text a', (els) => els.map((e) => e.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    const written = new Set(claims.flatMap((c) => [c.text, c.corrected ?? c.text]));
    // No hidden alias text, no page excerpt: every text listed is a claim as written.
    for (const t of texts) expect(written.has(t), t).toBe(true);
    expect(await page.locator('#results .result-text:not(.result-claim .result-text)').count()).toBe(0);
    const marks = await page.$$eval('#results mark', (els) => els.map((e) => e.textContent));
    for (const m of marks) expect(m).toBe('英伟达');
    // Facet counts say they count pages (a link with a filter shows the facets at once).
    await page.waitForSelector('#facets .count');
    for (const c of await page.$$eval('#facets .count', (els) => els.map((e) => e.textContent ?? ''))) expect(c).toMatch(/^\(\d+ 页\)$/);
    await context.close();
  });
});
