/** The list of every article in pages (src/site/archive.ts), and on the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivePage, archiveUrl } from '../../src/site/archive.ts';
import { HOME_ARTICLES } from '../../src/site/limits.ts';
import { repo } from '../helpers/project.ts';

describe('archivePage', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  it('cuts the list into pages with links to their neighbours', () => {
    expect(archivePage(items, 1, 100)).toMatchObject({ currentPage: 1, lastPage: 3, start: 0, url: { next: '/articles/page/2/' } });
    expect(archivePage(items, 1, 100)!.url.prev).toBeUndefined();
    expect(archivePage(items, 2, 100)).toMatchObject({ start: 100, url: { prev: '/articles/', next: '/articles/page/3/' } });
    expect(archivePage(items, 3, 100)!.items).toEqual(items.slice(200));
    expect(archivePage(items, 3, 100)!.url.next).toBeUndefined();
    expect(archivePage(items, 4, 100)).toBeUndefined();
    expect(archivePage(items, 0, 100)).toBeUndefined();
  });

  it('has one page, possibly empty, for a short list', () => {
    expect(archivePage([], 1, 100)).toMatchObject({ items: [], currentPage: 1, lastPage: 1, url: {} });
    expect(archiveUrl(1)).toBe('/articles/');
  });
});

describe('on the built site', () => {
  const read = (path: string) => readFileSync(join(repo, 'dist', path), 'utf8');
  const articles = JSON.parse(read('data/articles.json')) as { url: string }[];
  const listed = (html: string) => [...html.matchAll(/<a class="article-title" href="([^"]+)"/g)].map((m) => m[1]);

  it('lists every article once on /articles/, newest first as articles.json', () => {
    expect(listed(read('articles/index.html'))).toEqual(articles.map((a) => a.url));
  });

  it('lists the newest articles on the home page, at most HOME_ARTICLES of them', () => {
    const home = listed(read('index.html'));
    expect(home).toEqual(articles.slice(0, HOME_ARTICLES).map((a) => a.url));
  });
});
