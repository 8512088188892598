/**
 * Article pages are written directly (src/site/article-html.ts), not through
 * hast: every page must be what remark-rehype and rehype-stringify make of it,
 * to the byte, and a tree holding a node the writer does not know must take
 * the hast path.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTreeHtml } from '../src/site/article-html.ts';
import { parseContentArticle } from '../src/content/parse.ts';
import { runPipeline } from '../src/pipeline/stages.ts';
import { articleAnnotations } from '../src/site/publish.ts';
import { claimsTree, renderArticleHtml, renderArticleHtmlThroughHast } from '../src/site/render.ts';
import { makeProject, repo } from './helpers/project.ts';
import type { Root } from 'mdast';

describe('article pages written directly', () => {
  it('are the hast pages to the byte: the seed corpus with mentions, badges, a correction and a verdict with an earlier one', () => {
    const root = makeProject({ seeds: [join(repo, 'seeds/000_9e1dc24315306668.txt')], content: true });
    const first = runPipeline(root);
    const claims = first.articles.flatMap((a) => a.sections.flatMap((s) => s.claims));
    const [corrected, judged] = [claims[3]!, claims[7]!];
    mkdirSync(join(root, 'content/corrections'), { recursive: true });
    mkdirSync(join(root, 'content/verdicts'), { recursive: true });
    writeFileSync(join(root, 'content/corrections', `${corrected.id}-1.yaml`), `claim: "${corrected.id}"\nfield: "text"\nright: "改为 <b>&'\\"\`"\nreason: "原文有误 <i>&"\nevidence:\n  - "https://example.org/a?x=1&y='2'"\nreviewer: "测试"\ndate: "2025-12-05"\n`);
    for (const [n, verdict] of [[1, '错误'], [2, '基本准确']] as const) {
      writeFileSync(join(root, 'content/verdicts', `${judged.id}-${n}.yaml`), `target: "${judged.id}"\nverdict: "${verdict}"\nexplanation: "与公告 <不符> & “引号”"\nevidence:\n  - "https://example.org/b"\nreviewer: "李四"\ndate: "2025-12-0${n}"\n`);
    }
    const corpus = runPipeline(root);
    const annotate = articleAnnotations(corpus);
    let pages = 0;
    for (const article of corpus.articles) {
      const content = corpus.contents.get(article.slug)!;
      const annotations = annotate(article);
      // Written directly, not by the fallback.
      const direct = articleTreeHtml(claimsTree(content, annotations).tree);
      expect(direct, article.slug).toBe(renderArticleHtmlThroughHast(content, annotations));
      expect(renderArticleHtml(content, annotations)).toBe(direct);
      pages++;
    }
    expect(pages).toBe(corpus.articles.length);
    // The review blocks and a mention with other names were on some page.
    const all = corpus.articles.map((a) => renderArticleHtml(corpus.contents.get(a.slug)!, annotate(a))).join('\n');
    for (const part of ['<del title="原文（已更正）">', 'class="review verdict"', '<details>', 'data-pagefind-index-attrs="data-names"', '&#x26;']) expect(all).toContain(part);
  });

  const mdx = (body: string) => `---\nid: "a000000000000"\ntitle: "t"\noutlet: "o"\nprinted: "2025-01-01 00:00"\npublished: "2025-01-01T00:00:00Z"\ntopic: "x"\nseed:\n  file: "seeds/x.txt"\n  line: 1\n  column: 1\n---\n\n${body}\n`;

  it('are the hast pages for emphasis, strong and escapes in headings, prose and claims', () => {
    const { article } = parseContentArticle('content/articles/x.mdx', mdx('## 小节 *斜* **粗** &lt;b&gt; &amp;\n\n前言 _一_ __二__ \\<\n\n<Claim id="c000000000001" refs="2 5" line="7" column="3">甲 *强调* 乙 **加粗** &amp;&lt;</Claim>'));
    const mentions = { c000000000001: [{ start: 0, end: 1, entity: 'x' }] };
    const names = { x: ["O'Neil", 'A "B" & `C`'] };
    expect(articleTreeHtml(claimsTree(article!, { mentions, names }).tree)).toBe(renderArticleHtmlThroughHast(article!, { mentions, names }));
    expect(renderArticleHtml(article!)).toBe(renderArticleHtmlThroughHast(article!));
  });

  it('leave to hast what they do not know: a line break, text across lines, another node', () => {
    const text = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
    expect(articleTreeHtml(text('一行'))).toBe('<p>一行</p>');
    expect(articleTreeHtml(text('两\n行'))).toBeUndefined();
    expect(articleTreeHtml({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: ' b' }] }] })).toBeUndefined();
    expect(articleTreeHtml({ type: 'root', children: [{ type: 'thematicBreak' }] })).toBeUndefined();
    const { article } = parseContentArticle('content/articles/x.mdx', mdx('前言第一行\\\n   第二行\n\n<Claim id="c000000000001" refs="1" line="7" column="3">甲</Claim>'));
    expect(renderArticleHtml(article!)).toBe(renderArticleHtmlThroughHast(article!));
    expect(renderArticleHtml(article!)).toContain('<br>');
  });
});
