/**
 * Round trip, as a property over mutated seeds: whatever the seed parser
 * accepts, ingest writes in a form its own content reader reads back to the
 * same claims (parse → emit → parse is the identity), even after a no-op edit
 * takes the file off the fast canonical path. What it refuses, it refuses with
 * a place. Mutants come from a fixed seed: insertions of characters MDX, YAML
 * or the marker grammar care about, deletions and duplications.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedArticle } from '../src/core/model.ts';
import { parseSeed } from '../src/core/parse-seed.ts';
import { emitArticleMdx } from '../src/content/emit.ts';
import { parseContentArticle } from '../src/content/parse.ts';
import { verifyContent } from '../src/content/verify.ts';
import { repo } from './helpers/project.ts';

const SEED = 'seeds/000_9e1dc24315306668.txt';
const original = readFileSync(join(repo, SEED), 'utf8');
const INSERTS = [
  '\u0000', '\u0007', '\u202e', '\u2066', '\u200b', '\u200d', '👨\u200d👩\u200d👧', '\ufeff', '\u00a0', '\u2028', '\u0085', 'e\u0301', '\ufffd', '𠮷',
  '<', '>', '{', '}', '*', '_', '`', '\\', '&', '&amp;', '&#60;', '#', '~', '|', '!', '$', '%', '"', "'", ':', '---', '- ', ' - ', '\t', '\u3000',
  '[', ']', '［', '］', '[1]', '[0]', '[1,2]', '[]', '[a]', '·', '・', '<Claim>', '</Claim>', '<!--', '[x](https://e.x)', '**', '\\*', '0', '9', '１',
];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed with 1–3 mutations; returns the text and the 0-based lines touched. */
function mutate(random: () => number): { text: string; lines: Set<number> } {
  const lines = original.split('\n');
  const touched = new Set<number>();
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count; k++) {
    // Lines 4+ hold titles, bylines and bodies; most mutations go into titles and bodies.
    const n = 4 + Math.floor(random() * (lines.length - 5));
    const chars = [...lines[n]!];
    const at = Math.floor(random() * (chars.length + 1));
    const kind = random();
    if (kind < 0.75) chars.splice(at, 0, INSERTS[Math.floor(random() * INSERTS.length)]!);
    else if (kind < 0.9) chars.splice(at, 1 + Math.floor(random() * 3));
    else chars.splice(at, 0, ...chars.slice(at, at + 1 + Math.floor(random() * 8)));
    lines[n] = chars.join('');
    touched.add(n);
  }
  return { text: lines.join('\n'), lines: touched };
}

const claimsOf = (sections: readonly { heading: string | null; claims: readonly { id: string; text: string; refs: readonly number[]; line?: number; column?: number; source?: { line: number; column: number } }[] }[]) =>
  sections.map((s) => ({ heading: s.heading, claims: s.claims.map((c) => ({ id: c.id, text: c.text, refs: [...c.refs], line: c.line ?? c.source!.line, column: c.column ?? c.source!.column })) }));

describe('round trip over mutated seeds', () => {
  it('reads back every accepted article as it parsed; refuses the rest with a place', () => {
    const random = prng(16);
    let accepted = 0;
    let refused = 0;
    const failures: string[] = [];
    for (let m = 0; m < 160; m++) {
      const { text, lines } = mutate(random);
      const result = parseSeed(SEED, new TextEncoder().encode(text));
      if (!result.seed) {
        refused++;
        for (const d of result.diagnostics) expect(d.line >= 1 && d.column >= 1 && d.file === SEED && d.message.length > 0).toBe(true);
        continue;
      }
      accepted++;
      const touchedArticle = (a: SeedArticle) => [...lines].some((n) => n + 1 >= a.source.line && n + 1 <= a.byline.line + 1);
      for (const article of result.seed.articles.filter(touchedArticle)) {
        // A no-op edit (a trailing newline) takes the file off the canonical path, through the guarded parser.
        const mdx = `${emitArticleMdx(article, result.seed.topic)}\n`;
        const back = parseContentArticle('content/articles/x.mdx', mdx);
        const problems = back.article ? verifyContent([{ ...result.seed, articles: [article] }], [back.article]) : back.diagnostics;
        const same = back.article && JSON.stringify(claimsOf(back.article.sections)) === JSON.stringify(claimsOf(article.sections)) && back.article.frontmatter.title === article.title;
        if (problems.length > 0 || !same) failures.push(`mutant ${m}, "${article.title}": ${problems.map((p) => p.message).join('; ') || 'claims differ'}\n${JSON.stringify([...lines].map((n) => text.split('\n')[n]))}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // Not vacuous: both sides of the property are exercised.
    expect(accepted).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(20);
  });
});
