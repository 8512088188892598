/** Content is data: the MDX guard rejects code and markup with file:line:col, before anything runs. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/core/diagnostic.ts';
import { parseContentArticle } from '../src/content/parse.ts';

const frontmatter = `---
id: "a000000000000"
title: "标题"
outlet: "36氪"
printed: "2025-11-22 00:07"
published: "2025-11-22T00:07:00Z"
topic: "算力过剩"
seed:
  file: "seeds/x.txt"
  line: 5
  column: 1
---
`;
const claim = '<Claim id="c000000000001" refs="2 5" line="7" column="3">论断</Claim>';

function errors(body: string, head = frontmatter): string[] {
  return parseContentArticle('content/articles/x.mdx', head + body).diagnostics.map(formatDiagnostic);
}

describe('content guard', () => {
  it('accepts headings, prose paragraphs and claims', () => {
    expect(errors(`\n## 小节\n\n编者按：*说明* 文字。\n\n${claim}\n`)).toEqual([]);
  });

  const cases: [string, string, RegExp][] = [
    ['ESM import', 'import fs from "node:fs"\n', /x\.mdx:13:1 (?:[^\n]*（)?import\/export is not allowed/],
    ['ESM export that writes a file', 'export const x = require("fs").writeFileSync("/tmp/pwned", "1")\n', /x\.mdx:13:1 (?:[^\n]*（)?import\/export is not allowed/],
    ['a flow expression', '{process.exit(0)}\n', /x\.mdx:13:1 (?:[^\n]*（)?\{…\} expressions are not allowed/],
    ['an inline expression', `文字 {process.env.HOME} 文字\n`, /x\.mdx:13:4 (?:[^\n]*（)?\{…\} expressions are not allowed/],
    ['an unknown component', '<Evil />\n', /x\.mdx:13:1 (?:[^\n]*（)?component <Evil> is not allowed/],
    ['a component inside a claim paragraph', `<Claim id="c000000000001" refs="2" line="7" column="3">论断</Claim> <Evil />\n`, /x\.mdx:13:\d+ (?:[^\n]*（)?component <Evil> is not allowed/],
    ['a non-literal attribute', '<Claim id={"c000000000001"} refs="2" line="7" column="3">论断</Claim>\n', /x\.mdx:13:1 (?:[^\n]*（)?non-literal attribute/],
    ['a spread attribute', '<Claim {...props}>论断</Claim>\n', /x\.mdx:13:1 (?:[^\n]*（)?non-literal attribute/],
    ['an unknown attribute', '<Claim id="c000000000001" refs="2" line="7" column="3" onclick="x">论断</Claim>\n', /unknown attribute "onclick"/],
    ['a javascript: link', '[点我](javascript:alert(1))\n', /x\.mdx:13:1 (?:[^\n]*（)?links and images are not allowed/],
    ['an image', '![x](data:image/png;base64,AAAA)\n', /links and images are not allowed/],
    ['a level-1 heading', '# 大标题\n', /only level-2 headings/],
    ['a claim without id', '<Claim refs="2" line="7" column="3">论断</Claim>\n', /<Claim> needs id=/],
    ['refs of 1e+22', '<Claim id="c000000000001" refs="1e+22" line="7" column="3">论断</Claim>\n', /x\.mdx:13:1 (?:[^\n]*（)?<Claim> needs refs="…": paragraph numbers from 1 to 9999 separated by spaces, found "1e\+22"/],
    ['refs of Infinity', '<Claim id="c000000000001" refs="Infinity" line="7" column="3">论断</Claim>\n', /<Claim> needs refs=/],
    ['refs of 0', '<Claim id="c000000000001" refs="0" line="7" column="3">论断</Claim>\n', /<Claim> needs refs=/],
    ['a line in exponent form', '<Claim id="c000000000001" refs="2" line="7e0" column="3">论断</Claim>\n', /<Claim> needs line="…" and column="…"/],
    ['unparsable MDX', '<Claim id="c000000000001"\n', /x\.mdx:\d+:\d+ (?:[^\n]*（)?MDX does not parse/],
  ];
  for (const [name, body, expected] of cases) {
    it(`rejects ${name}`, () => {
      const found = errors(body);
      expect(found.join('\n')).toMatch(expected);
    });
  }

  it('rejects unknown frontmatter keys and YAML aliases with their line', () => {
    expect(errors('', frontmatter.replace('topic:', 'extra: "x"\ntopic:'))).toEqual([expect.stringMatching(/^content\/articles\/x\.mdx:7:1 (?:[^\n]*（)?frontmatter: unknown key "extra"; allowed are id, title/)]);
    expect(errors('', frontmatter.replace('outlet: "36氪"', 'outlet: &o "36氪"\ntopic2: *o'))).toEqual([
      'content/articles/x.mdx:5:9 不允许使用 YAML 别名（*name）：请直接写出值（frontmatter: YAML aliases (*o) are not allowed: write the value out）  mdx/yaml-alias',
    ]);
  });

  it('requires frontmatter', () => {
    expect(errors(claim, '')).toEqual(['content/articles/x.mdx:1:1 content article must start with a YAML frontmatter block (---)  mdx/frontmatter']);
  });
});
