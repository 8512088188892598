/**
 * Grouping figures that can be compared, and clustering them by agreement,
 * in O(n log n): no pairs. Intervals on a line that pairwise overlap share a
 * point, so sorting by lower bound and sweeping finds groups that all agree.
 */
import { cmp, dec } from '../quantities/decimal.ts';
import { overlaps, tolerant } from './intervals.ts';
import type { Interval, Observation } from './model.ts';
import { ONCE_PERIOD } from '../quantities/times.ts';

/**
 * The window a time falls in: a day, a month, a year … or one window for timeless metrics. A
 * period figure (营收, 净利润) is for the period as written (2025-Q1 is not 2025); one with no
 * time of its own, for its article's month.
 */
export function windowKey(time: string, window: string, explicit = true): string {
  if (window === 'none') return '*';
  if (window === 'period') return explicit ? time : `~${time.slice(0, 7)}`;
  // Quarterly figures are balances (负债, 净负债率): a quarter's window is its quarter (3月末 and 6月末 are
  // two), not its year, and a period's balance is the one at its end (上半年 → Q2, 2024年 → Q4).
  if (window === 'quarter') {
    const m = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12])|-(9M)|-YTD(\d{2}))?/.exec(time);
    if (!m) return time;
    const quarter = m[2] ? Math.ceil(Number(m[2]) / 3) : m[3] ? Number(m[3]) : m[4] ? Number(m[4]) * 2 : m[5] ? 3 : m[6] ? Math.ceil(Number(m[6]) / 3) : 4;
    return `${m[1]}-Q${quarter}`;
  }
  return time.slice(0, window === 'day' ? 10 : window === 'month' ? 7 : 4);
}

/** Whether a scope names a period that happens once: its figures make no series over time, and meet within their year. */
export const isOncePeriod = (scopeKey: string): boolean => ONCE_PERIOD.test(scopeKey);

/** Observations of one block that share a scope, a period and a time window. */
export function comparable(block: readonly Observation[], window: string): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const o of block) {
    // 首日票房, 上映首周: one day or week whenever reported, dated or not, in whichever season's report (暑期).
    const once = isOncePeriod(o.scopeKey) && window !== 'none';
    const key = once ? `${o.scopeKey}\u0000\u0000${o.time.slice(0, 4)}` : `${o.scopeKey}\u0000${o.period ?? ''}\u0000${windowKey(o.time, window, o.timeExplicit)}`;
    const list = groups.get(key) ?? [];
    list.push(o);
    groups.set(key, list);
  }
  return [...groups.values()];
}

/**
 * Clusters of observations whose intervals (with rounding) all share a point, lowest first. With
 * `strict`, sharing only an end point is not agreeing: 约1.25亿 and 1.2亿 (rounded, below 1.25亿)
 * do not conflict, but they do not corroborate each other either.
 */
export function agreeing(observations: readonly Observation[], strict = false): Observation[][] {
  const sorted = observations
    .map((o) => {
      const i = tolerant(o);
      return { o, i, lower: i.lower === null ? null : dec(i.lower) };
    })
    .sort((a, b) => {
      const la = a.lower;
      const lb = b.lower;
      return la === null ? (lb === null ? 0 : -1) : lb === null ? 1 : cmp(la, lb) || (a.o.claim < b.o.claim ? -1 : 1);
    });
  const clusters: Observation[][] = [];
  let current: { members: Observation[]; common: Interval } | undefined;
  for (const { o, i } of sorted) {
    const common = current && overlaps(current.common, i) ? intersect(current.common, i) : undefined;
    if (current && common && (!strict || !isPoint(common) || (isPoint(current.common) && isPoint(i)))) {
      current.members.push(o);
      current.common = common;
    } else {
      current = { members: [o], common: i };
      clusters.push(current.members);
    }
  }
  return clusters;
}

/** An interval that is one point: [x, x]. */
function isPoint(i: Interval): boolean {
  return i.lower !== null && i.upper !== null && cmp(dec(i.lower), dec(i.upper)) === 0;
}

/** The common part of two overlapping intervals. */
function intersect(a: Interval, b: Interval): Interval {
  const pickLower = a.lower === null ? b : b.lower === null ? a : cmp(dec(a.lower), dec(b.lower)) >= 0 ? a : b;
  const pickUpper = a.upper === null ? b : b.upper === null ? a : cmp(dec(a.upper), dec(b.upper)) <= 0 ? a : b;
  return { lower: pickLower.lower, lowerOpen: pickLower.lowerOpen, upper: pickUpper.upper, upperOpen: pickUpper.upperOpen };
}
