/**
 * Near-duplicate claims: character 3-gram containment after masking figures,
 * found through an inverted index of 3-grams (no all-pairs comparison). Two
 * claims whose smaller gram set is at least `threshold` contained in the other
 * are copies of one source.
 */
import { normalizeForMatch } from '../core/text.ts';

export interface Text {
  id: string;
  text: string;
}

const N = 3;
/** Grams in more claims than this say nothing (公司的, 亿美元) and are skipped as index keys. */
const MAX_POSTINGS = 200;

/** 3-grams of a claim with every figure masked, so 130亿 and 140亿 read alike. */
export function grams(text: string): Set<string> {
  const masked = normalizeForMatch(text).replace(/[0-9]+(?:[.,][0-9]+)*/g, '#').replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i + N <= masked.length; i++) out.add(masked.slice(i, i + N));
  return out;
}

/** Pairs [a, b, containment] with containment ≥ threshold; `a` before `b` in input order. */
export function nearDuplicates(texts: readonly Text[], threshold = 0.8): [string, string, number][] {
  const sets = texts.map((t) => grams(t.text));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const g of set) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const pairs: [string, string, number][] = [];
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const shared = new Map<number, number>();
    for (const g of set) {
      const list = postings.get(g)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const smaller = Math.min(set.size, sets[j]!.size);
      // Common grams were skipped as keys; count them exactly for candidates that came close.
      const exact = count / smaller >= threshold * 0.6 ? [...set].filter((g) => sets[j]!.has(g)).length : count;
      const containment = exact / smaller;
      if (containment >= threshold) pairs.push([texts[i]!.id, texts[j]!.id, Math.round(containment * 100) / 100]);
    }
  });
  return pairs;
}
