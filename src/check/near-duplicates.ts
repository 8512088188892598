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

const maskFigures = (text: string) => normalizeForMatch(text).replace(/[0-9]+(?:[.,][0-9]+)*/g, '#').replace(/\s+/g, '');

/**
 * 3-grams of a claim with every figure masked, so 130亿 and 140亿 read alike; each gram as a number
 * (three UTF-16 code units in 48 bits, exact in a double), which hashes and compares without a
 * string made per gram.
 */
function grams(text: string): Set<number> {
  const masked = maskFigures(text);
  const out = new Set<number>();
  for (let i = 0; i + N <= masked.length; i++) out.add(masked.charCodeAt(i) * 0x1_0000_0000 + masked.charCodeAt(i + 1) * 0x1_0000 + masked.charCodeAt(i + 2));
  return out;
}

/** Pairs [a, b, containment] with containment ≥ threshold; `a` before `b` in input order. */
export function nearDuplicates(texts: readonly Text[], threshold = 0.8): [string, string, number][] {
  const sets = texts.map((t) => grams(t.text));
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const g of set) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const pairs: [string, string, number][] = [];
  // Shared grams with each later claim, and the claims touched, in the order first met.
  const shared = new Uint32Array(texts.length);
  const touched: number[] = [];
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    for (const g of set) {
      const list = postings.get(g)!;
      if (list.length > MAX_POSTINGS) continue;
      // Ascending: the claims after i are at the end.
      let k = list.length - 1;
      while (k >= 0 && list[k]! > i) k--;
      for (k++; k < list.length; k++) {
        const j = list[k]!;
        if (shared[j]!++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      const count = shared[j]!;
      shared[j] = 0;
      const other = sets[j]!;
      const smaller = Math.min(set.size, other.size);
      // Common grams were skipped as keys; count them exactly for candidates that came close.
      let exact = count;
      if (count / smaller >= threshold * 0.6) {
        exact = 0;
        for (const g of set) if (other.has(g)) exact++;
      }
      const containment = exact / smaller;
      if (containment >= threshold) pairs.push([texts[i]!.id, texts[j]!.id, Math.round(containment * 100) / 100]);
    }
    touched.length = 0;
  });
  return pairs;
}
