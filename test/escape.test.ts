/** Seed text must never become code or markup: escaped on the way into MDX, text again on the way out. */
import { describe, expect, it } from 'vitest';
import type { SeedArticle, ArticleId, ClaimId } from '../src/core/model.ts';
import { emitArticleMdx } from '../src/content/emit.ts';
import { escapeMdxText } from '../src/content/escape.ts';
import { parseContentArticle } from '../src/content/parse.ts';
import { renderArticleHtml } from '../src/site/render.ts';

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[点我](javascript:alert(1))',
  '{process.exit(0)}',
  'export const x = 1',
  'import fs from "node:fs"',
  '**粗体** _斜体_ `代码` ~~删除~~',
  '&lt;已转义&gt; &amp; &#x3C;',
  '\\ 反斜杠 \\{ \\[',
  '# 不是标题 | 不是表格 |',
  '![图片](data:image/png;base64,AAAA)',
  '<https://example.com> www.example.com',
  '纳指100ETF(159660)跌超1.5%,“野火”″空气合同″"无状态API"',
  '1. 不是列表 - 也不是 + 列表 > 引用',
];

function article(text: string): SeedArticle {
  const place = { file: 'seeds/x.txt', line: 7, column: 3 };
  return {
    id: 'a000000000000' as ArticleId,
    title: `标题 ${text}`,
    outlet: '36氪',
    printed: '2025-11-22 00:07',
    published: '2025-11-22T00:07:00Z',
    source: { ...place, line: 5, column: 1 },
    byline: { ...place, line: 6, column: 1 },
    sections: [{ heading: `小节 ${text}`, source: place, claims: [{ id: 'c000000000001' as ClaimId, text, refs: [2, 5], source: place }] }],
  };
}

describe('escapeMdxText', () => {
  for (const text of hostile) {
    it(`round-trips ${JSON.stringify(text)}`, () => {
      const mdx = emitArticleMdx(article(text), '算力过剩');
      const { article: parsed, diagnostics } = parseContentArticle('content/articles/x.mdx', mdx);
      expect(diagnostics).toEqual([]);
      expect(parsed!.frontmatter.title).toBe(`标题 ${text}`);
      expect(parsed!.sections[0]!.heading).toBe(`小节 ${text}`);
      expect(parsed!.sections[0]!.claims[0]!.text).toBe(text);

      const html = renderArticleHtml(parsed!);
      const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/g)];
      // wbr: the seed place's wrap points (after / and before :line:column).
      expect(new Set(tags.map((t) => t[1]))).toEqual(new Set(['h2', 'ol', 'li', 'p', 'a', 'span', 'wbr']));
      for (const [tag] of tags) expect(tag).not.toMatch(/\son\w+=|javascript:|data:/i);
    });
  }

  it('leaves Chinese text and ordinary punctuation alone', () => {
    expect(escapeMdxText('公司实际收入远不止130亿美元,且增长迅速:70%-80%')).toBe('公司实际收入远不止130亿美元,且增长迅速:70%-80%');
  });
});
