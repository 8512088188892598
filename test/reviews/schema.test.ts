/** Corrections and verdicts: every error names file:line:col and what is allowed. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostic.ts';
import { validateReviews } from '../../src/reviews/read.ts';
import { classifyPaths } from '../../src/reviews/paths.ts';

const known = {
  claims: new Map([['c9922fac35041', { text: '国产芯片闲置率可能高达70%-80%,生态不完善是主因', refs: [11] }]]),
  findings: new Set(['f724f4cbcadc2']),
};
const correction = `claim: "c9922fac35041"
field: "text"
right: "国产芯片闲置率可能高达70%-80%"
reason: "删去无依据的归因。"
evidence:
  - "https://example.org/a"
reviewer: "张三"
date: "2025-12-01"
`;
const verdict = `target: "f724f4cbcadc2"
verdict: "有误导"
explanation: "标题把区间上限当作事实。"
evidence:
  - "https://example.org/b"
reviewer: "李四"
date: "2025-12-02"
`;
const errors = (kind: 'corrections' | 'verdicts', text: string) =>
  validateReviews({ corrections: kind === 'corrections' ? [{ file: 'content/corrections/x.yaml', text }] : [], verdicts: kind === 'verdicts' ? [{ file: 'content/verdicts/x.yaml', text }] : [] }, known).diagnostics.map(formatDiagnostic);

describe('corrections', () => {
  it('accepts a valid correction, filling in what was wrong from the seed', () => {
    const { reviews, diagnostics } = validateReviews({ corrections: [{ file: 'content/corrections/x.yaml', text: correction }], verdicts: [] }, known);
    expect(diagnostics).toEqual([]);
    expect(reviews.corrections[0]).toMatchObject({ claim: 'c9922fac35041', wrong: '国产芯片闲置率可能高达70%-80%,生态不完善是主因' });
  });

  const cases: [string, string, RegExp][] = [
    ['an unknown claim id', correction.replace('c9922fac35041', 'c000000000000'), /x\.yaml:1:8 (?:[^\n]*（)?unknown claim id "c000000000000"/],
    ['a malformed claim id', correction.replace('c9922fac35041', '123'), /x\.yaml:1:8 (?:[^\n]*（)?claim: a claim id like/],
    ['a field that is not text or refs', correction.replace('"text"', '"title"'), /x\.yaml:2:8 (?:[^\n]*（)?field: text \(the claim’s wording\) or refs/],
    ['a wrong that is not what was published', `${correction}wrong: "别的文字"\n`, /x\.yaml:9:8 (?:[^\n]*（)?wrong: must be the claim’s text as published, "国产芯片/],
    ['a right equal to the published text', correction.replace('right: "国产芯片闲置率可能高达70%-80%"', 'right: "国产芯片闲置率可能高达70%-80%,生态不完善是主因"'), /right: is the same as wrong/],
    ['refs that are not numbers', correction.replace('"text"', '"refs"').replace('right: "国产芯片闲置率可能高达70%-80%"', 'right: "十一"'), /right: paragraph numbers separated by spaces/],
    ['an http link', correction.replace('https://example.org/a', 'http://example.org/a'), /x\.yaml:6:5 (?:[^\n]*（)?evidence\.0: an https:\/\/ URL/],
    ['a javascript: link', correction.replace('https://example.org/a', 'javascript:alert(1)'), /evidence\.0: an https:\/\/ URL \(javascript:, data: and http: links are not allowed\)/],
    ['a data: link', correction.replace('https://example.org/a', 'data:text/html,<script>'), /evidence\.0: an https:\/\/ URL/],
    ['no evidence', correction.replace('evidence:\n  - "https://example.org/a"\n', 'evidence: []\n'), /evidence: at least one https:\/\/ link/],
    ['a date that is not a date', correction.replace('2025-12-01', '2025-13-01'), /x\.yaml:8:7 (?:[^\n]*（)?date: not a calendar date/],
    ['a date in another form', correction.replace('"2025-12-01"', '"2025年12月1日"'), /date: a date in quotes, like "2025-12-01"/],
    ['an unknown key', `${correction}url: "https://example.org"\n`, /x\.yaml:9:1 (?:[^\n]*（)?unknown key "url"; allowed are claim, field, wrong, right, reason, evidence, reviewer, date/],
    ['a bidi control', correction.replace('删去', '删\u202e去'), /x\.yaml:4:11 (?:[^\n]*（)?invisible character U\+202E is not allowed/],
    ['a zero-width space', correction.replace('张三', '张\u200b三'), /x\.yaml:7:13 (?:[^\n]*（)?invisible character U\+200B is not allowed/],
    ['a YAML alias', correction.replace('reviewer: "张三"', 'reviewer: &r "张三"\nwrong: *r'), /YAML aliases \(\*r\) are not allowed/],
    ['an escaped bidi control', correction.replace('"删去无依据的归因。"', '"原文\\u202e有误"'), /x\.yaml:4:9 (?:[^\n]*（)?escaped invisible character U\+202E is not allowed/],
    ['an escaped zero-width joiner', correction.replace('"张三"', '"张\\u200d三"'), /x\.yaml:7:11 (?:[^\n]*（)?escaped invisible character U\+200D/],
    ['an escaped NUL', correction.replace('"张三"', '"张\\0三"'), /x\.yaml:7:11 (?:[^\n]*（)?escaped control character U\+0000/],
    ['an unquoted date', correction.replace('"2025-12-01"', '2025-12-01'), /x\.yaml:8:7 (?:[^\n]*（)?date: must be in quotes, like date: "2025-12-01"/],
    ['refs corrected to 0', correction.replace('"text"', '"refs"').replace('right: "国产芯片闲置率可能高达70%-80%"', 'right: "0"'), /x\.yaml:3:8 (?:[^\n]*（)?right: paragraph numbers separated by spaces, like "2 5", each from 1 to 9999/],
    ['refs past the bound', correction.replace('"text"', '"refs"').replace('right: "国产芯片闲置率可能高达70%-80%"', `right: "${'9'.repeat(22)}"`), /each from 1 to 9999/],
    ['evidence with user info', correction.replace('https://example.org/a', 'https://36kr.com@evil.example/'), /x\.yaml:6:5 (?:[^\n]*（)?evidence\.0: a URL without user info/],
    ['evidence with user and password', correction.replace('https://example.org/a', 'https://36kr.com:x@evil.example/'), /evidence\.0: a URL without user info/],
    ['a reason past its limit', correction.replace('删去无依据的归因。', '长'.repeat(4001)), /x\.yaml:4:9 (?:[^\n]*（)?reason: at most 4000 characters/],
    ['a right past its limit', correction.replace('国产芯片闲置率可能高达70%-80%"', `${'长'.repeat(2001)}"`), /x\.yaml:3:8 (?:[^\n]*（)?right: at most 2000 characters/],
    ['a reviewer past its limit', correction.replace('张三', '张'.repeat(101)), /reviewer: at most 100 characters/],
  ];
  for (const [name, text, expected] of cases) {
    it(`rejects ${name}`, () => expect(errors('corrections', text).join('\n')).toMatch(expected));
  }
});

describe('verdicts', () => {
  it('accepts a verdict on a finding', () => expect(errors('verdicts', verdict)).toEqual([]));
  it('accepts a single-quoted date and a family emoji', () => expect(errors('verdicts', verdict.replace('"2025-12-02"', "'2025-12-02'").replace('李四', '李四👨‍👩‍👧'))).toEqual([]));

  const cases: [string, string, RegExp][] = [
    ['a verdict off the scale', verdict.replace('有误导', '半真半假'), /x\.yaml:2:10 (?:[^\n]*（)?verdict: one of 准确, 基本准确, 有误导, 错误, 无法核实, 已过时/],
    ['an unknown finding', verdict.replace('f724f4cbcadc2', 'f000000000000'), /x\.yaml:1:9 (?:[^\n]*（)?unknown finding id "f000000000000"/],
    ['an unknown claim', verdict.replace('f724f4cbcadc2', 'c000000000000'), /unknown claim id "c000000000000"/],
    ['a target that is neither', verdict.replace('f724f4cbcadc2', 'x724f4cbcadc2'), /target: a claim id \("c…"\) or a finding id \("f…"\)/],
    ['a missing explanation', verdict.replace(/explanation: .*\n/, ''), /x\.yaml:1:1 (?:[^\n]*（)?explanation: /],
    ['an explanation past its limit', verdict.replace('标题把区间上限当作事实。', '长'.repeat(4001)), /x\.yaml:3:14 (?:[^\n]*（)?explanation: at most 4000 characters/],
    ['an escaped bidi control in the explanation', verdict.replace('标题把', '标题\\u202e把'), /x\.yaml:3:14 (?:[^\n]*（)?escaped invisible character U\+202E/],
    ['an unquoted date', verdict.replace('"2025-12-02"', '2025-12-02'), /date: must be in quotes/],
  ];
  for (const [name, text, expected] of cases) {
    it(`rejects ${name}`, () => expect(errors('verdicts', text).join('\n')).toMatch(expected));
  }
});

describe('pull-request paths', () => {
  it('tells content from code', () => {
    expect(classifyPaths(['content/corrections/c1-1.yaml', 'content/verdicts/f1.yaml', 'src/content/parse.ts', '.github/workflows/pull-request.yml', 'content/articles/x.mdx', ''])).toEqual({
      content: ['content/corrections/c1-1.yaml', 'content/verdicts/f1.yaml', 'content/articles/x.mdx'],
      code: ['src/content/parse.ts', '.github/workflows/pull-request.yml'],
      rewritten: [],
    });
  });

  it('flags an edited, deleted or renamed correction or verdict: the record only grows', () => {
    const { rewritten } = classifyPaths(['A\tcontent/verdicts/c1-2.yaml', 'M\tcontent/verdicts/c1-1.yaml', 'D\tcontent/corrections/c2-1.yaml', 'R100\tcontent/verdicts/c3-1.yaml\tcontent/verdicts/c3-9.yaml', 'M\tcontent/articles/x.mdx']);
    expect(rewritten).toEqual(['content/verdicts/c1-1.yaml', 'content/corrections/c2-1.yaml', 'content/verdicts/c3-1.yaml']);
  });
});
