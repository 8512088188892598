/** Static gates on dist/: valid HTML (Nu Html Checker), no broken internal link or anchor, page budgets. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles, urlOf } from '../../helpers/dist.ts';
import { repo } from '../../helpers/project.ts';

const dist = join(repo, 'dist');
const pages = htmlFiles(dist);
const html = new Map(pages.map((f) => [urlOf(dist, f), readFileSync(f, 'utf8')]));

describe('static gates', () => {
  it('the Nu Html Checker reports no errors on dist/', () => {
    const vnu = join(repo, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const r = spawnSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'text', dist], { encoding: 'utf8' });
    expect(r.error, 'java is needed for the Nu Html Checker').toBeUndefined();
    const output = `${r.stdout}${r.stderr}`;
    expect(output.split('\n').filter((l) => /error/i.test(l) && !/No errors found/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('has no broken internal link or anchor (every claim permalink resolves)', () => {
    const ids = new Map([...html].map(([url, text]) => [url, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
    const broken: string[] = [];
    let checked = 0;
    for (const [from, text] of html) {
      for (const [, raw] of text.matchAll(/\shref="([^"]+)"/g)) {
        const href = raw!.replace(/&#x26;|&amp;/g, '&');
        if (/^(?:https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${from}`);
        const path = url.pathname;
        const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
        checked++;
        const target = path.endsWith('/') ? ids.get(path) : undefined;
        const exists = target !== undefined || existsSync(join(dist, path));
        if (!exists) broken.push(`${from} → ${href} (no such page)`);
        else if (fragment && target && !target.has(fragment)) broken.push(`${from} → ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    // Every claim in claims.json has a permalink that resolves.
    const claims = JSON.parse(readFileSync(join(dist, 'data/claims.json'), 'utf8')) as { id: string; url: string }[];
    for (const c of claims) expect(ids.get(c.url.split('#')[0]!)?.has(c.id), c.url).toBe(true);
  });

  it('gives every page a favicon, a description and a title', () => {
    for (const [url, text] of html) {
      expect(text, url).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(text, url).toMatch(/<meta name="description" content="[^"]{10,}">/);
      expect(text, url).toMatch(/<title>[^<]+<\/title>/);
    }
  });

  it('gives every page a canonical link, Open Graph and Twitter card tags with its description, and the feed', () => {
    const descriptions = new Set<string>();
    for (const [url, text] of html) {
      const description = /<meta name="description" content="([^"]*)">/.exec(text)![1]!;
      descriptions.add(description);
      expect(text, url).toContain(`<meta property="og:description" content="${description}">`);
      expect(text, url).toContain(`<meta name="twitter:description" content="${description}">`);
      expect(text, url).toContain('<meta name="twitter:card" content="summary">');
      expect(text, url).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(text, url).toContain('<link rel="alternate" type="application/atom+xml" title="考证：更正与裁定" href="/corrections/feed.xml">');
      if (url === '/404.html') {
        expect(text).toContain('<meta name="robots" content="noindex">');
        expect(text).not.toContain('rel="canonical"');
      } else {
        expect(text, url).toContain(`<link rel="canonical" href="https://kaozheng.example${url}">`);
        expect(text, url).toContain(`<meta property="og:url" content="https://kaozheng.example${url}">`);
      }
    }
    // Descriptions are the page's own, not one for the whole site.
    expect(descriptions.size).toBeGreaterThan(html.size / 2);
    expect(html.get('/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai/')).toContain('<meta property="og:type" content="article">');
  });

  it('has a sitemap of every page but the 404, and a robots.txt naming it', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>https:\/\/kaozheng\.example([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(new Set(locs)).toEqual(new Set([...html.keys()].filter((u) => u !== '/404.html')));
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://kaozheng.example/sitemap-index.xml\n');
  });

  it('keeps a 15-claim article page within 8 KB gzip, with no script beyond a 1 KB registration', () => {
    const page = html.get('/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai/')!;
    expect(page.match(/<p id="c[0-9a-f]{12}" class="claim-text/g)).toHaveLength(15);
    const gzip = gzipSync(page, { level: 9 }).length;
    console.log(`budget: 15-claim article ${page.length} bytes, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(8 * 1024);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !t.includes('application/ld+json'));
    expect(scripts).toEqual(['<script src="/register-sw.js" defer>']);
    expect(readFileSync(join(dist, 'register-sw.js')).length).toBeLessThanOrEqual(1024);
  });
});
