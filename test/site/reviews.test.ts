/**
 * A project with reviewers' files and a hostile seed, built as `npm run build` does: corrections
 * and verdicts on the pages, the feed, ClaimReview JSON-LD that a `</script>` cannot break, and
 * hostile text shown inert. Hostile MDX fails the build, names the file, and runs nothing.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, makeProject, repo, runBuild, tempDir } from '../helpers/project.ts';
import { pageClaims } from '../../src/search/claims.ts';
import { searchFragments } from '../helpers/dist.ts';
import { decodeClaimTags } from '../../src/site/search-tags.ts';

let root: string;
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
const article = '2025-04-28-bu-fen-guo-chan-xin-pian-xian-zhi';
/** The HTML of one claim's list item on its article page. */
const claimItem = (id: string) => {
  const html = read(`articles/${article}/index.html`);
  const start = html.lastIndexOf('<li class="claim"', html.indexOf(`id="${id}"`));
  return html.slice(start, html.indexOf('</li>', start));
};

beforeAll(() => {
  root = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt'), fixture('hostile/hostile-seed.txt')], content: true, site: true });
  cpSync(fixture('reviews'), join(root, 'content'), { recursive: true });
  const run = runBuild(root);
  if (run.status !== 0) throw new Error(run.stderr);
});

describe('corrections and verdicts on the site', () => {
  it('shows a corrected claim: the original struck through, the correction, reason, date and evidence', () => {
    const claim = claimItem('c9922fac35041');
    expect(claim).toContain('<del title="原文（已更正）">国产芯片闲置率可能高达70%-80%,生态不完善是主因</del>');
    expect(claim).toContain('<ins title="更正后">国产芯片闲置率可能高达70%-80%,主要原因是软件生态不完善</ins>');
    expect(claim).toContain('<strong>更正</strong>（2025-12-01，张三）：原文第11段把闲置归因于软件生态');
    expect(claim).toContain('<a href="https://example.org/36kr/2025-04-28" rel="nofollow noopener">example.org</a>');
  });

  it('gives search the corrected text of a corrected claim, with the original still indexed', () => {
    const page = searchFragments(join(root, 'dist')).find((f) => f.url === `/articles/${article}/`)!;
    const tags = decodeClaimTags(page.meta.claims, page.filters, page.anchors);
    expect(tags.c9922fac35041).toMatchObject({ x: '国产芯片闲置率可能高达70%-80%,主要原因是软件生态不完善', o: '国产芯片闲置率可能高达70%-80%,生态不完善是主因' });
    // Search lists it as corrected, keeping the original as written.
    const [hit] = pageClaims({ ...page, locations: [] }, { terms: [], filters: {}, names: {} }).hits.filter((h) => h.id === 'c9922fac35041');
    expect(hit).toMatchObject({ text: '国产芯片闲置率可能高达70%-80%,生态不完善是主因', corrected: '国产芯片闲置率可能高达70%-80%,主要原因是软件生态不完善' });
  });

  it('shows the current verdict with its explanation, and keeps the earlier one', () => {
    const claim = claimItem('c9922fac35041');
    expect(claim).toContain('<span class="verdict-label">人工裁定：有误导</span>');
    expect(claim).toContain('此前的裁定（1）');
    expect(claim).toContain('2025-12-02 无法核实：文章未说明数据来源。');
    // The hostile explanation is text.
    expect(claim).toContain('&#x3C;/script>&#x3C;script>alert(\'x\')&#x3C;/script>');
    // The verdict names the finding by its earlier id; it attaches to the finding that answers to it (previousIds).
    const judged = (JSON.parse(read('data/findings.json')) as { findings: { id: string; previousIds: string[]; verdict: { verdict: string } | null }[] }).findings.find((f) => f.previousIds.includes('f724f4cbcadc2'))!;
    expect(judged.verdict?.verdict).toBe('有误导');
    expect(read('checks/index.html')).toMatch(new RegExp(`id="${judged.id}"[\\s\\S]*?人工裁定：有误导[\\s\\S]{0,300}?标题把区间的上限当作确定数字。`));
  });

  it('carries ClaimReview JSON-LD that parses, with < escaped so </script> cannot end the block', () => {
    const html = read(`articles/${article}/index.html`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toContain('<');
    const review = JSON.parse(blocks[0]!);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: '国产芯片闲置率可能高达70%-80%,生态不完善是主因',
      url: `https://kaozheng.example/articles/${article}/#c9922fac35041`,
      reviewRating: { '@type': 'Rating', alternateName: '有误导', ratingValue: 2, bestRating: 6, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', author: { name: '36氪' }, datePublished: '2025-04-28', appearance: { '@type': 'NewsArticle', headline: '部分国产芯片闲置率高达80%?智算中心建设“点刹”背后', publisher: { name: '36氪' }, sameAs: `https://kaozheng.example/articles/${article}/` } },
    });
    expect(review.reviewRating).toBeDefined();
    expect(JSON.stringify(review)).toContain("</script><script>alert('x')</script>");
  });

  it('lists corrections and verdicts newest first on /corrections/ and in the Atom feed', () => {
    const page = read('corrections/index.html');
    const order = [...page.matchAll(/<li id="([^"]+)" class="review-entry/g)].map((m) => m[1]);
    expect(order).toEqual(['content/verdicts/f724f4cbcadc2-1.yaml', 'content/verdicts/c9922fac35041-2.yaml', 'content/verdicts/c9922fac35041-1.yaml', 'content/corrections/c9922fac35041-1.yaml']);
    const feed = read('corrections/feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(feed).toContain('<updated>2025-12-04T00:00:00Z</updated>');
    expect(feed).toContain('<title>更正为“国产芯片闲置率可能高达70%-80%,主要原因是软件生态不完善”</title>');
    expect(feed).toContain('&lt;/script&gt;');
    expect(feed.match(/<entry>/g)).toHaveLength(4);
  });

  it('gives each claim a 提出更正 link to a prefilled new file, and each article an 编辑此页 link', () => {
    const html = read(`articles/${article}/index.html`);
    const href = html.match(/<a class="propose" href="([^"]+)"/)![1]!.replace(/&#x26;/g, '&');
    const url = new URL(href);
    expect(url.pathname).toBe('/kaozheng/kaozheng/new/main/content/corrections');
    expect(url.searchParams.get('filename')).toMatch(/^c[0-9a-f]{12}-1\.yaml$/);
    expect(url.searchParams.get('value')).toMatch(/^claim: "c[0-9a-f]{12}"\nfield: "text"\nright: ""/);
    expect(html).toContain(`<a href="https://github.com/kaozheng/kaozheng/edit/main/content/articles/${article}.mdx">编辑此页</a>`);
  });

  it('puts the verdict and the correction in claims.json', () => {
    const claims = JSON.parse(read('data/claims.json')) as { id: string; corrected: string | null; verdict: { verdict: string } | null }[];
    const claim = claims.find((c) => c.id === 'c9922fac35041')!;
    expect(claim.corrected).toBe('国产芯片闲置率可能高达70%-80%,主要原因是软件生态不完善');
    expect(claim.verdict?.verdict).toBe('有误导');
  });
});

describe('hostile input', () => {
  it('shows a seed’s <script>, onerror=, javascript: and {…} as inert text', () => {
    const slug = readdirSync(join(root, 'dist/articles')).find((s) => s.startsWith('2025-12-05'))!;
    const html = read(`articles/${slug}/index.html`);
    expect(html).toContain('文本含&#x3C;script>alert("x")&#x3C;/script>标签');
    expect(html).toContain('图片&#x3C;img src=x onerror=alert(1)>属性');
    expect(html).toContain('链接[点我](javascript:alert(1))不能执行');
    expect(html).toContain('表达式{process.exit(0)}与{1+1}保持原样');
    expect(html).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;标题</h1>');
    // The outlet as shown, and as search filter and metadata: element text, escaped.
    expect(html).toContain('<dd>36氪&lt;i&gt;x&lt;/i&gt;&amp;</dd>');
    expect(html).toContain('<span data-pagefind-filter="媒体">36氪&lt;i>x&lt;/i>&amp;</span>');
    expect(html).toContain('<span data-pagefind-meta="outlet">36氪&lt;i>x&lt;/i>&amp;</span>');
  });

  it('no page of dist/ carries a live script beyond the site’s own bundles', () => {
    const pages = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
    for (const page of pages(join(root, 'dist'))) {
      const html = readFileSync(page, 'utf8');
      // Tags only: a seed's title in a quoted text attribute (og:title's content, a title) is inert there, not a tag.
      for (const [tag] of html.replace(/\s(?:content|title)="[^"]*"/g, '').matchAll(/<script\b[^>]*>/gi)) {
        expect(tag, page).toMatch(/^<script (?:src="\/register-sw\.js" defer|type="module" src="\/_astro\/[\w.-]+\.js"|type="application\/ld\+json")>$/);
      }
      expect(html, page).not.toMatch(/\son[a-z]+="/i);
      expect(html, page).not.toMatch(/href="(?:javascript|data):/i);
    }
  });

  for (const name of ['esm-writes-file.mdx', 'expression.mdx', 'component.mdx']) {
    it(`refuses ${name}: the build fails naming the file, and nothing ran`, () => {
      const project = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt')], content: true, site: true });
      cpSync(fixture('hostile', name), join(project, 'content/articles', name));
      const sentinel = join(tempDir('kaozheng-sentinel-'), name);
      process.env.KAOZHENG_SENTINEL = sentinel;
      const run = runBuild(project);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(new RegExp(`^content/articles/${name.replace('.', '\\.')}:\\d+:\\d+ `, 'm'));
      expect(existsSync(sentinel)).toBe(false);
      expect(existsSync(join(project, 'dist'))).toBe(false);
    });
  }

  it('refuses hostile MDX in astro build itself, not only in ingest', () => {
    const project = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt')], content: true, site: true });
    writeFileSync(join(project, 'content/articles/expression.mdx'), readFileSync(fixture('hostile/expression.mdx'), 'utf8'));
    const sentinel = join(tempDir('kaozheng-sentinel-'), 'astro');
    process.env.KAOZHENG_SENTINEL = sentinel;
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const r = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, encoding: 'utf8', env: { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH}` } });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/content\/articles\/expression\.mdx:\d+:1 (?:[^\n]*（)?\{…\} expressions are not allowed/);
    // Reported as bad input, not as a crash of the build.
    expect(r.stdout + r.stderr).not.toMatch(/\bat buildCorpus\b/);
    expect(existsSync(sentinel)).toBe(false);
  });
});
