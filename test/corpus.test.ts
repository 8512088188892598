/** The real corpus in seeds/: counts from ../shared/docs/seed-format.md, and provenance that points at the text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../src/core/parse-seed.ts';

const root = join(import.meta.dirname, '..');
const file = 'seeds/000_9e1dc24315306668.txt';
const raw = readFileSync(join(root, file));
const { seed, diagnostics } = parseSeed(file, raw);
const lines = raw.toString('utf8').split('\n');
const claims = seed?.articles.flatMap((a) => a.sections.flatMap((s) => s.claims)) ?? [];

/** The text starting at a 1-based code-point column of a 1-based line. */
const at = (line: number, column: number) => [...lines[line - 1]!].slice(column - 1).join('');

describe('the first corpus', () => {
  it('parses to 10 articles, 44 sections, 140 claims', () => {
    expect(diagnostics).toEqual([]);
    expect(seed!.topic).toBe('算力过剩');
    expect(seed!.articles).toHaveLength(10);
    expect(seed!.articles.flatMap((a) => a.sections)).toHaveLength(44);
    expect(claims).toHaveLength(140);
  });

  it('gives every claim a line:column where its text stands, followed by its markers', () => {
    for (const claim of claims) {
      const rest = at(claim.source.line, claim.source.column);
      expect(rest.startsWith(claim.text), `${claim.id} at ${claim.source.line}:${claim.source.column}`).toBe(true);
      const markers = rest.slice(claim.text.length).trimStart();
      expect(markers.startsWith(claim.refs.map((n) => `[${n}]`).join('')) || markers.startsWith(`[${claim.refs[0]}]`)).toBe(true);
    }
  });

  it('gives titles and bylines their lines', () => {
    for (const article of seed!.articles) {
      expect(lines[article.source.line - 1]!.trimEnd()).toBe(article.title);
      expect(lines[article.byline.line - 1]).toContain(article.outlet);
    }
  });

  it('keeps text exactly as written (spaces, quotes, half-width punctuation)', () => {
    const texts = claims.map((c) => c.text);
    expect(texts).toContain('公司营收增长迅速 投资是基于对未来增长的前瞻性押注');
    expect(texts.some((t) => t.includes('需求等消息影响 ,不过'))).toBe(true);
    expect(texts.some((t) => t.includes('"无状态API"'))).toBe(true);
    expect(texts.some((t) => t.includes('“野火”'))).toBe(true);
  });

  it('gives unique, stable ids', () => {
    const ids = claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(140);
    expect(parseSeed(file, raw).seed!.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.map((c) => c.id)))).toEqual(ids);
    // Pinned: a change here breaks every permalink and every reviewer's verdict.
    expect(ids.slice(0, 3)).toEqual(['cd361be1635cd', 'c44a015a8c155', 'cde735c9f5e93']);
  });
});
