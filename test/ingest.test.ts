/** Ingest: deterministic, idempotent, all-or-nothing, and it never rewrites what reviewers may have edited. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, makeProject, repo, runIngest, snapshot } from './helpers/project.ts';

const corpusSeed = join(repo, 'seeds/000_9e1dc24315306668.txt');

describe('npm run ingest', () => {
  it('writes the committed content/ from seeds/, byte for byte, and a second run changes nothing', () => {
    const root = makeProject({ seeds: [corpusSeed] });
    const first = runIngest(root);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('10 articles, 140 claims; 10 written, 0 unchanged');
    const written = snapshot(join(root, 'content/articles'));
    // Curators may add a subject (see content/articles/*.mdx); everything else is as ingest wrote it.
    const committed = new Map([...snapshot(join(repo, 'content/articles'))].map(([f, t]) => [f, t.replace(/^subject: .*\n/m, '')]));
    expect(written).toEqual(committed);

    const second = runIngest(root);
    expect(second.stdout).toContain('0 written, 10 unchanged');
    expect(snapshot(join(root, 'content/articles'))).toEqual(written);
  });

  it('is deterministic across fresh runs', () => {
    const a = makeProject({ seeds: [corpusSeed] });
    const b = makeProject({ seeds: [corpusSeed] });
    runIngest(a);
    runIngest(b);
    expect(snapshot(join(a, 'content'))).toEqual(snapshot(join(b, 'content')));
  });

  it('adds a new export without disturbing existing content', () => {
    const root = makeProject({ seeds: [corpusSeed, fixture('exports/second-export.txt')], content: true });
    const before = snapshot(join(root, 'content'));
    const run = runIngest(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('12 articles, 147 claims; 2 written, 10 unchanged');
    const after = snapshot(join(root, 'content'));
    for (const [file, bytes] of before) expect(after.get(file)).toBe(bytes);
    expect([...after.keys()].filter((f) => !before.has(f)).sort()).toEqual([
      'articles/2025-12-01-ai-shu-ju-zhong-xin-dian-li-cai.mdx',
      'articles/2025-12-02-suan-li-zu-lin-jia-ge-xia-hua.mdx',
    ]);
  });

  for (const [name, expected] of [
    ['gbk-export.txt', /^seeds\/gbk-export\.txt:2:1 (?:[^\n]*（)?file is not valid UTF-8/m],
    ['truncated-export.txt', /^seeds\/truncated-export\.txt:8:1 (?:[^\n]*（)?article cut short: title "被截断的文章"/m],
  ] as const) {
    it(`refuses ${name} with file:line:col, exit 1, and content/ untouched`, () => {
      const root = makeProject({ seeds: [corpusSeed, fixture('exports', name)], content: true });
      rmSync(join(root, 'content/articles/2025-11-22-ai-mian-lin-de-bu-shi-pao-mo.mdx'));
      const before = snapshot(join(root, 'content'));
      const run = runIngest(root);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(expected);
      expect(run.stderr).toContain('content/ was not changed');
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      // Even the article that was missing (and valid) is not written: all or nothing.
      expect(snapshot(join(root, 'content'))).toEqual(before);
    });
  }

  it('reports a dropped or altered claim naming the content file and the seed', () => {
    const root = makeProject({ seeds: [corpusSeed], content: true });
    const file = join(root, 'content/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai.mdx');
    const text = readFileSync(file, 'utf8');
    const altered = text.replace('市值突破5万亿美元', '市值突破6万亿美元').replace(/\n<Claim id="c[0-9a-f]+" refs="9"[^\n]*\n/, '\n');
    expect(altered).not.toBe(text);
    writeFileSync(file, altered);
    const run = runIngest(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^content\/articles\/2025-11-12-ying-wei-da-sheng-ji-er-shuai\.mdx:\d+:1 (?:[^\n]*（)?claim c[0-9a-f]{12} differs from its seed without a recorded correction: .*6万亿美元.*\n {2}seeds\/000_9e1dc24315306668\.txt:10:101 (?:[^\n]*（)?the claim in its seed$/m);
    expect(run.stderr).toMatch(/^content\/articles\/2025-11-12-ying-wei-da-sheng-ji-er-shuai\.mdx:1:1 (?:[^\n]*（)?claim c[0-9a-f]{12} was dropped from the content: "关于AI基础设施融资.*\n {2}seeds\/000_9e1dc24315306668\.txt:10:\d+ the claim in its seed$/m);
  });

  it('reports content with no seed', () => {
    const root = makeProject({ seeds: [corpusSeed], content: true });
    const text = readFileSync(join(root, 'content/articles/2025-11-12-ying-wei-da-sheng-ji-er-shuai.mdx'), 'utf8');
    writeFileSync(join(root, 'content/articles/stray.mdx'), text.replace(/^id: "a[0-9a-f]+"/m, 'id: "a000000000000"'));
    const run = runIngest(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^content\/articles\/stray\.mdx:2:1 (?:[^\n]*（)?article a000000000000 \("英伟达,盛极而衰\?"\) has no seed/m);
  });
});
