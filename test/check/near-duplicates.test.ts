/**
 * Near-duplicate claims (src/check/near-duplicates.ts) against their definition, pair by pair: the
 * smaller set of figure-masked 3-grams ≥ 80% inside the other. The index finds a pair through grams
 * in at most 200 claims and counts every shared gram exactly once the indexed ones come near, so it
 * misses a pair only when what they share is almost all such common grams.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/core/text.ts';
import { nearDuplicates, type Text } from '../../src/check/near-duplicates.ts';

function gramSet(text: string): Set<string> {
  const masked = normalizeForMatch(text).replace(/[0-9]+(?:[.,][0-9]+)*/g, '#').replace(/\s+/g, '');
  return new Set(Array.from({ length: Math.max(0, masked.length - 2) }, (_, i) => masked.slice(i, i + 3)));
}

/** All pairs, compared one by one, with the index's rule for common grams. */
function allPairs(texts: readonly Text[], threshold = 0.8): [string, string, number][] {
  const sets = texts.map((t) => gramSet(t.text));
  const claimsWith = new Map<string, number>();
  for (const set of sets) for (const g of set) claimsWith.set(g, (claimsWith.get(g) ?? 0) + 1);
  const out: [string, string, number][] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const smaller = Math.min(sets[i]!.size, sets[j]!.size);
      const shared = [...sets[i]!].filter((g) => sets[j]!.has(g));
      const indexed = shared.filter((g) => claimsWith.get(g)! <= 200).length;
      if (smaller === 0 || indexed === 0) continue;
      const counted = indexed / smaller >= threshold * 0.6 ? shared.length : indexed;
      if (counted / smaller >= threshold) out.push([texts[i]!.id, texts[j]!.id, Math.round((counted / smaller) * 100) / 100]);
    }
  return out;
}

const sorted = (pairs: [string, string, number][]) => [...pairs].sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));

describe('nearDuplicates', () => {
  it('pairs a claim with its copy whatever the figures, and not with another statement', () => {
    const texts = [
      { id: 'a', text: '公司实际收入远不止130亿美元，且增长迅速' },
      { id: 'b', text: '公司实际收入远不止140亿美元' },
      { id: 'c', text: '今年最显著的技术进展是AI编程模型的发展' },
    ];
    expect(nearDuplicates(texts)).toEqual([['a', 'b', 1]]);
  });

  it('finds what comparing every pair finds, in order, also where grams are too common to index', () => {
    // 300 claims share one template (its grams are in more than 200 claims, so they are not index keys) and differ in a name.
    const names = ['华东', '华南', '西北', '东北', '西南', '华中'];
    const texts = Array.from({ length: 300 }, (_, i) => ({
      id: `t${String(i).padStart(3, '0')}`,
      text: i % 7 === 0 ? `${names[i % 6]}地区第${i}号项目的产能利用率为${i}%` : `${names[i % 6]}${names[(i * 5) % 6]}区域电网${i % 3 === 0 ? '夏季' : '冬季'}负荷创新高，同比增长${i}%`,
    }));
    const found = nearDuplicates(texts);
    expect(found.length).toBeGreaterThan(100);
    // Each pair's first claim comes first in the input, and pairs come in the order of their first claim.
    const at = (id: string) => texts.findIndex((t) => t.id === id);
    expect(found.every(([a, b], k) => at(a) < at(b) && (k === 0 || at(found[k - 1]![0]) <= at(a)))).toBe(true);
    expect(sorted(found)).toEqual(sorted(allPairs(texts)));
  });
});
