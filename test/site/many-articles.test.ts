/**
 * A corpus bigger than one page of every list (110 synthetic articles from the
 * benchmark's generator), built as `npm run build` does: the home page lists
 * the newest, /articles/ and its next page list them all, and every link of
 * those pages resolves.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate.ts';
import { ARTICLES_PER_PAGE, HOME_ARTICLES } from '../../src/site/limits.ts';
import { makeProject, repo, runBuild } from '../helpers/project.ts';

const N = ARTICLES_PER_PAGE + 10;
let root = '';
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
const listed = (html: string) => [...html.matchAll(/<a class="article-title" href="([^"]+)"/g)].map((m) => m[1]);

beforeAll(() => {
  root = makeProject({ seeds: [], site: true });
  for (const [name, text] of generateCorpus(N).files) writeFileSync(join(root, 'seeds', name), text);
  // The registry and lexicon, as a project has them.
  for (const dir of ['content/entities', 'content/metrics']) cpSync(join(repo, dir), join(root, dir), { recursive: true });
  const run = runBuild(root);
  if (run.status !== 0) throw new Error(run.stderr || run.stdout);
}, 120_000);

describe(`${N} articles`, () => {
  it('lists them all, newest first, on /articles/ and /articles/page/2/', () => {
    const articles = (JSON.parse(read('data/articles.json')) as { url: string }[]).map((a) => a.url);
    expect(articles).toHaveLength(N);
    const first = listed(read('articles/index.html'));
    const second = listed(read('articles/page/2/index.html'));
    expect([...first, ...second]).toEqual(articles);
    expect(first).toHaveLength(ARTICLES_PER_PAGE);
    expect(read('articles/index.html')).toContain('href="/articles/page/2/" rel="next"');
    expect(read('articles/page/2/index.html')).toContain('href="/articles/" rel="prev"');
    expect(read('articles/page/2/index.html')).toContain(`<ol class="article-list" start="${ARTICLES_PER_PAGE + 1}">`);
  });

  it('shows the newest on the home page, with a link to all of them', () => {
    const home = read('index.html');
    expect(listed(home)).toHaveLength(HOME_ARTICLES);
    expect(home).toContain(`<a href="/articles/">全部 ${N} 篇文章</a>`);
  });

  it('links only to pages that exist', () => {
    for (const page of ['index.html', 'articles/index.html', 'articles/page/2/index.html']) {
      for (const [, href] of read(page).matchAll(/href="(\/[^"#]*)/g)) {
        if (href!.startsWith('/_astro/') || href === '/favicon.svg') continue;
        expect(existsSync(join(root, 'dist', href!, href!.endsWith('/') ? 'index.html' : '')), `${page} → ${href}`).toBe(true);
      }
    }
  });
});
