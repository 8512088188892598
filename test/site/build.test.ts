/** The built site (dist/), as readers and their tools get it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../src/site/exports.ts';
import { parseSeed } from '../../src/core/parse-seed.ts';
import { repo } from '../helpers/project.ts';

const dist = join(repo, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const seedFile = 'seeds/000_9e1dc24315306668.txt';
const wrappable = 'seeds/<wbr>000_9e1dc24315306668.txt';
const seedBytes = readFileSync(join(repo, seedFile));
const seedLines = seedBytes.toString('utf8').split('\n');
const seed = parseSeed(seedFile, seedBytes).seed!;
const seedClaims = seed.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.map((c) => ({ ...c, article: a }))));
/** Article pages: dist/articles/<slug>/ (the list of all articles is dist/articles/index.html and page/). */
const slugs = readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name).sort();
const articleHtml = slugs.map((slug) => read(`articles/${slug}/index.html`));
/** Article HTML with entity links unwrapped, so claim text reads as one run. */
const unlinked = (html: string) => html.replace(/<a class="mention" href="[^"]*"[^>]*>([^<]*)<\/a>/g, '$1');
const escapeHtml = (s: string) => s.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');

const claims = JSON.parse(read('data/claims.json')) as ClaimRecord[];
const articles = JSON.parse(read('data/articles.json')) as { slug: string; url: string; title: string; claims: string[] }[];

describe('the built site', () => {
  it('has 10 article pages in zh-CN', () => {
    expect(slugs).toHaveLength(10);
    for (const html of articleHtml) expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
  });

  it('shows every claim of the seed exactly once, with its id, text and position', () => {
    const all = unlinked(articleHtml.join('\n'));
    for (const claim of seedClaims) {
      expect(all.split(`id="${claim.id}"`), claim.id).toHaveLength(2);
      expect(all.split(`<p id="${claim.id}" class="claim-text">${escapeHtml(claim.text)}</p>`), claim.id).toHaveLength(2);
      expect(all).toContain(`href="#${claim.id}" title="本条论断的永久链接">原文第${claim.refs.join('、')}段</a>`);
      // The place wraps only after the slash and before :line:column (<wbr>), never inside a name or number.
      expect(all).toContain(`${wrappable}<wbr>:${claim.source.line}:${claim.source.column}</span>`);
    }
    expect(all.match(/<li class="claim" data-refs="[0-9 ]+"><p id="c[0-9a-f]{12}" class="claim-text"/g)).toHaveLength(140);
  });

  it('writes data/claims.json: 140 claims in corpus order, text exact, line:column pointing at the text', () => {
    expect(claims).toHaveLength(140);
    expect(new Set(claims.map((c) => c.id)).size).toBe(140);
    const byId = new Map(seedClaims.map((c) => [c.id as string, c]));
    for (const record of claims) {
      const original = byId.get(record.id)!;
      expect(record.text).toBe(original.text);
      expect(record.refs).toEqual(original.refs);
      expect(record.source).toEqual({ file: seedFile, line: original.source.line, column: original.source.column });
      expect([...seedLines[record.source.line - 1]!].slice(record.source.column - 1).join('').startsWith(record.text)).toBe(true);
      expect(record.outlet).toBe(original.article.outlet);
      expect(record.published).toBe(original.article.published);
      expect(record.url).toBe(`/articles/${record.article}/#${record.id}`);
      expect(read(`articles/${record.article}/index.html`)).toContain(`id="${record.id}"`);
    }
    // Corpus order: newest article first, claims in the order written.
    expect(claims[0]!.published >= claims.at(-1)!.published).toBe(true);
    expect(claims.slice(0, 3).map((c) => c.id)).toEqual(seedClaims.slice(0, 3).map((c) => c.id));
  });

  it('writes data/articles.json with each article and its claims', () => {
    expect(articles).toHaveLength(10);
    expect(articles.flatMap((a) => a.claims)).toEqual(claims.map((c) => c.id));
    expect(articles.map((a) => a.url)).toEqual(articles.map((a) => `/articles/${a.slug}/`));
  });

  it('lists articles on the home page newest first, with outlet, date and claim count', () => {
    const home = read('index.html');
    const order = [...home.matchAll(/<a class="article-title" href="\/articles\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(order).toEqual(articles.map((a) => a.slug));
    expect(home).toContain('<h1>算力过剩</h1>');
    expect(home).toContain('<strong>140</strong> 条论断');
    expect(home).toMatch(/36氪<\/span> · <time datetime="2025-11-22T00:07:00Z">2025-11-22 00:07<\/time> · <span>23 条论断/);
  });

  it('says on each article page which seed file and line it came from', () => {
    const html = read('articles/2025-11-22-ai-mian-lin-de-bu-shi-pao-mo/index.html');
    expect(html).toContain(`<code class="source-place">${wrappable}</code> 第 5 行`);
    expect(html).toMatch(/<h1[^>]*>AI面临的不是泡沫,而是野火<\/h1>/);
  });

  it('runs remark-claims in Astro’s unified processor for the .mdx method page', () => {
    const html = read('about/index.html');
    expect(html).toContain('<li class="claim" data-refs="1 2 3"><p id="c3b088fd50983" class="claim-text">');
    expect(html).toMatch(/seeds\/<wbr\/?>000_9e1dc24315306668\.txt<wbr\/?>:34:8/);
  });

  it('runs no script on content pages but the service-worker registration (at most 1 KB)', () => {
    for (const html of [...articleHtml, read('index.html'), read('about/index.html')]) {
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      // JSON-LD blocks are data, not code.
      expect(scripts.filter((s) => !s.includes('type="application/ld+json"'))).toEqual(['<script src="/register-sw.js" defer>']);
    }
    expect(readFileSync(join(dist, 'register-sw.js')).length).toBeLessThanOrEqual(1024);
  });
});
