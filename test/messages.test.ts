/** Messages in one shape: every source says who spoke and which rule; one reporter prints text and GitHub annotations. */
import { describe, expect, it } from 'vitest';
import { findingMessage } from '../src/check/messages.ts';
import type { Finding } from '../src/check/model.ts';
import { formatDiagnostic, githubAnnotation, type Diagnostic } from '../src/core/diagnostic.ts';
import { parseSeed } from '../src/core/parse-seed.ts';
import { parseContentArticle } from '../src/content/parse.ts';
import { verifyContent } from '../src/content/verify.ts';

const seedText = 'Workflow\n测试\nicon\n搜索文档\n标题\n36氪· 2025-11-22 00:07\n节 - 论断一 [2] - 论断二 [3\n';

describe('messages', () => {
  it('names the seed parser and its rule', () => {
    const [d] = parseSeed('seeds/x.txt', new TextEncoder().encode(seedText)).diagnostics;
    expect(d).toMatchObject({ source: 'seed', rule: 'marker-unterminated', fatal: true, file: 'seeds/x.txt', line: 7 });
    // Chinese first, the English beside it, the place and the rule kept.
    expect(formatDiagnostic(d!)).toMatch(/^seeds\/x\.txt:7:\d+ 引用标记没有闭合，缺少“]”（claim "[^"]*": unterminated citation marker "\[3": expected "\]"） {2}seed\/marker-unterminated$/);
    expect(githubAnnotation(d!)).toMatch(/^::error file=seeds\/x\.txt,line=7,col=\d+,title=考证 seed\/marker-unterminated::引用标记没有闭合，缺少“]”（claim "[^"]*": unterminated citation marker/);
  });

  it('prints a rule the catalogue does not know in English alone', () => {
    const d: Diagnostic = { file: 'seeds/x.txt', line: 1, column: 1, source: 'seed', rule: 'some-new-rule', fatal: true, message: 'something new' };
    expect(formatDiagnostic(d)).toBe('seeds/x.txt:1:1 something new  seed/some-new-rule');
  });

  it('names the MDX guard, and points frontmatter errors at their key', () => {
    const { seed } = parseSeed('seeds/x.txt', new TextEncoder().encode(seedText.replace('[3\n', '[3]\n')));
    const mdx = ['---', 'id: "a000000000000"', 'title: "别的标题"', 'outlet: "36氪"', 'printed: "2025-11-22 00:07"', 'published: "2025-11-22T00:07:00Z"', 'topic: "测试"', 'seed:', '  file: "seeds/x.txt"', '  line: 5', '  column: 1', '---', '', '{process.exit(0)}', ''].join('\n');
    const parsed = parseContentArticle('content/articles/x.mdx', mdx);
    expect(parsed.diagnostics.map((d) => [d.source, d.rule])).toContainEqual(['mdx', 'guard']);
    const fine = parseContentArticle('content/articles/x.mdx', mdx.replace('{process.exit(0)}', ''));
    const article = { ...fine.article!, frontmatter: { ...fine.article!.frontmatter, id: seed!.articles[0]!.id } };
    const title = verifyContent([seed!], [article]).find((d) => d.rule === 'frontmatter-altered')!;
    expect(title).toMatchObject({ source: 'content', line: 3, column: 1 });
  });

  it('prints a finding as a message of the checker, its other claims as causes', () => {
    const claim = (line: number, outlet: string) => ({ id: `c00000000000${line}`, text: 't', article: 'a', outlet, published: '2025-11-03T00:00:00Z', source: { file: 'seeds/x.txt', line, column: 4 } });
    const f: Finding = { id: 'f0123456789ab', kind: 'conflict', severity: 'high', summary: '数字冲突', entity: null, metric: null, values: [], claims: [claim(7, '36氪'), claim(9, '第一财经')], previousIds: [] };
    const m: Diagnostic = findingMessage(f, '考证 说法相反（严重）');
    expect(formatDiagnostic(m)).toBe('seeds/x.txt:7:4 数字冲突 [f0123456789ab]  check/conflict\n  seeds/x.txt:9:4 第一财经');
    expect(githubAnnotation(m)).toBe('::warning file=seeds/x.txt,line=7,col=4,title=考证 说法相反（严重）::数字冲突 [f0123456789ab]%0A另见 seeds/x.txt:9:4');
    expect(githubAnnotation(findingMessage({ ...f, severity: 'info' }))).toMatch(/^::notice /);
  });
});
