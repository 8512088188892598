/**
 * Every page kind in a real browser: loads without console errors, passes axe-core
 * (WCAG 2.2 AA: no serious or critical violation) in the light and the dark
 * scheme, prints without navigation, search or edit links, and is usable from
 * the keyboard. A screenshot of each kind in each scheme, and of a printed
 * article, is kept in test-results/ (not committed).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, launch } from '../../helpers/browser.ts';
import { repo } from '../../helpers/project.ts';
import { serve, type Served } from '../../helpers/serve.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES: [string, string][] = [
  ['home', '/'],
  ['article', '/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai/'],
  ['articles', '/articles/'],
  ['entity', '/entities/nvidia/'],
  ['entities', '/entities/'],
  ['checks', '/checks/'],
  ['search', '/search/?q=%E5%88%A9%E7%94%A8%E7%8E%87'],
  ['corrections', '/corrections/'],
  ['about', '/about/'],
  ['data', '/data/'],
  ['not-found', '/no/such/page/'],
];
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
let site: Served;
let context: BrowserContext;
const contexts = new Map<(typeof SCHEMES)[number], BrowserContext>();

beforeAll(async () => {
  site = await serve(join(repo, 'dist'));
  browser = await launch();
  // axe is injected by the test, so the page's CSP is bypassed for it (never for the site's own scripts).
  for (const colorScheme of SCHEMES) contexts.set(colorScheme, await browser.newContext({ bypassCSP: true, serviceWorkers: 'block', colorScheme }));
  context = contexts.get('light')!;
});
afterAll(async () => {
  for (const c of contexts.values()) await c.close();
  await browser?.close();
  await site?.close();
});

describe('every page kind', () => {
  for (const scheme of SCHEMES) for (const [kind, path] of PAGES) {
    it(`${kind} (${scheme}): no console errors, no serious or critical axe violation`, async () => {
      const page = await contexts.get(scheme)!.newPage();
      const errors: string[] = [];
      // The 404 page is served with status 404, which the browser reports as a console error.
      page.on('console', (m) => m.type() === 'error' && !(kind === 'not-found' && /status of 404/.test(m.text())) && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      if (kind === 'search') {
        await page.waitForFunction(() => document.getElementById('result-status')?.dataset.count !== undefined);
        // With the filters open too: their checkboxes and counts are checked with the results.
        await page.click('#show-filters');
        await page.waitForSelector('#facets fieldset');
      }
      await page.addScriptTag({ content: axeSource });
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
      )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      await page.screenshot({ path: join(artifacts(), `page-${kind}${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: false });
      if (kind === 'not-found') expect(await page.textContent('h1')).toContain('页面不存在');
      expect(errors).toEqual([]);
      expect(serious).toEqual([]);
      await page.close();
    });
  }
});

describe('keyboard', () => {
  it('reaches the search box and the claim permalinks by Tab', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai/`);
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName}#${el.id}.${el.className}|${el.getAttribute('href') ?? ''}` : '';
      });
      reached.add(focused);
    }
    const list = [...reached];
    expect(list.some((f) => f.startsWith('A#.skip'))).toBe(true);
    expect(list.some((f) => f.startsWith('INPUT#site-search-q'))).toBe(true);
    expect(list.some((f) => /claim-anchor\|#c[0-9a-f]{12}$/.test(f))).toBe(true);
    // The skip link takes focus to the content.
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});

describe('verdicts from the page', () => {
  it('a 提出裁定 link opens the prefilled verdict file of its finding', async () => {
    const page = await context.newPage();
    let opened = '';
    // The repository host is not reached: the request it would get is what we check.
    await page.route(/^https:\/\/github\.com\//, (route) => {
      opened = route.request().url();
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' });
    });
    await page.goto(`${site.url}/checks/`);
    const card = page.locator('article.finding').first();
    const id = await card.getAttribute('id');
    await card.getByRole('link', { name: '提出裁定' }).click();
    await page.waitForURL(/github\.com/);
    const url = new URL(opened);
    expect(url.pathname).toMatch(/\/new\/[^/]+\/content\/verdicts$/);
    expect(url.searchParams.get('filename')).toBe(`${id}-1.yaml`);
    expect(url.searchParams.get('value')).toMatch(new RegExp(`^target: "${id}"\\n`));
    expect(url.searchParams.get('value')).toContain('verdict: ""');
    await page.close();
  });
});

describe('print', () => {
  it('prints an article without navigation, search or edit links, in the light scheme', async () => {
    const page = await contexts.get('dark')!.newPage();
    await page.goto(`${site.url}/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      Object.fromEntries(['.site-header nav', '.site-search', '.propose', '.edit-page', '.toc', '.claim-text', '.claim-source'].map((s) => [s, [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none')])),
    );
    expect(shown).toEqual({ '.site-header nav': false, '.site-search': false, '.propose': false, '.edit-page': false, '.toc': false, '.claim-text': true, '.claim-source': true });
    // Paper is white even when the reader's screen is dark.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(artifacts(), 'print-article.png'), fullPage: true });
    await page.close();
  });
});
