/** Review files as read from disk: strict UTF-8, and nothing in the folders but *.yaml. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostic.ts';
import { readReviewFiles, validateReviews } from '../../src/reviews/read.ts';

const known = { claims: new Map([['c9922fac35041', { text: '国产芯片闲置率可能高达70%-80%', refs: [11] }]]), findings: new Set<string>() };
const verdict = 'target: "c9922fac35041"\nverdict: "错误"\nexplanation: "与公告不符。"\nevidence:\n  - "https://example.org/b"\nreviewer: "李四"\ndate: "2025-12-02"\n';
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function errorsFor(files: Record<string, string | Uint8Array>): string[] {
  root = mkdtempSync(join(tmpdir(), 'kz-reviews-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), body);
  }
  return validateReviews(readReviewFiles(root), known).diagnostics.map(formatDiagnostic);
}

describe('review files', () => {
  it('reads a UTF-8 verdict', () => expect(errorsFor({ 'content/verdicts/c9922fac35041-1.yaml': verdict })).toEqual([]));

  it('refuses a GBK file with its place instead of publishing mojibake', () => {
    const gbk = Uint8Array.from([...Buffer.from(verdict.slice(0, verdict.indexOf('与'))), 0xd3, 0xeb, 0xb9, 0xab, ...Buffer.from('"\n')]);
    expect(errorsFor({ 'content/verdicts/c9922fac35041-1.yaml': gbk })).toEqual(['content/verdicts/c9922fac35041-1.yaml:3:15 file is not valid UTF-8 (GBK or another encoding?): re-export it as UTF-8  reviews/encoding']);
  });

  it('refuses a .yml file by name instead of ignoring it', () => {
    expect(errorsFor({ 'content/corrections/c9922fac35041-1.yml': 'claim: "c9922fac35041"\n' })).toEqual([
      'content/corrections/c9922fac35041-1.yml:1:1 not a review file: rename it to c9922fac35041-1.yaml; nothing else belongs in content/corrections/  reviews/file-name',
    ]);
  });

  it('names any other file in a review folder', () => {
    expect(errorsFor({ 'content/verdicts/notes.txt': 'x' })).toEqual(['content/verdicts/notes.txt:1:1 not a review file: a correction or verdict is one *.yaml file; nothing else belongs in content/verdicts/  reviews/file-name']);
  });
});
