/** Site URLs under a base path (src/content/urls.ts) and seed places that wrap cleanly (src/content/format.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { sourceBreaks } from '../src/site/format.ts';
import { absoluteUrl, articleUrl, basePath, claimUrl, entityUrl, normaliseBase, sitePath } from '../src/site/urls.ts';

const saved = process.env.KAOZHENG_BASE;
afterEach(() => {
  if (saved === undefined) delete process.env.KAOZHENG_BASE;
  else process.env.KAOZHENG_BASE = saved;
});

describe('base path', () => {
  it('normalises to one slash at each end', () => {
    for (const [raw, base] of [['/', '/'], ['', '/'], ['kz', '/kz/'], ['/kz', '/kz/'], ['/kz/', '/kz/'], ['//a/b//', '/a/b/']]) expect(normaliseBase(raw!)).toBe(base);
  });

  it('puts every site path under KAOZHENG_BASE, and nothing under it without one', () => {
    delete process.env.KAOZHENG_BASE;
    expect(basePath()).toBe('/');
    expect(articleUrl('x')).toBe('/articles/x/');
    process.env.KAOZHENG_BASE = '/kz';
    expect(sitePath('/')).toBe('/kz/');
    expect(sitePath('/search/')).toBe('/kz/search/');
    expect(sitePath('data/claims.json')).toBe('/kz/data/claims.json');
    expect(claimUrl('x', 'c0123456789ab')).toBe('/kz/articles/x/#c0123456789ab');
    expect(entityUrl('nvidia')).toBe('/kz/entities/nvidia/');
  });

  it('makes absolute URLs on the site’s origin, the base path once', () => {
    process.env.KAOZHENG_BASE = '/kz/';
    expect(absoluteUrl(sitePath('/corrections/feed.xml'), 'https://user.github.io')).toBe('https://user.github.io/kz/corrections/feed.xml');
    expect(absoluteUrl(sitePath('/'), 'https://user.github.io/kz/')).toBe('https://user.github.io/kz/');
  });
});

describe('seed places', () => {
  it('wrap after a slash and before :line:column, never inside a name or a number', () => {
    expect(sourceBreaks('seeds/000_9e1dc24315306668.txt:31:441')).toEqual(['seeds/', '000_9e1dc24315306668.txt', ':31:441']);
    expect(sourceBreaks('seeds/sub/a.txt')).toEqual(['seeds/', 'sub/', 'a.txt']);
    expect(sourceBreaks('a.txt:7')).toEqual(['a.txt', ':7']);
    for (const place of ['seeds/x:y.txt:1:2', 'plain']) expect(sourceBreaks(place).join('')).toBe(place);
  });
});
