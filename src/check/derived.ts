/**
 * A headline figure as a sum or difference of two body figures of one metric:
 * 净利润增加40.5亿 = 52.3亿 − 11.8亿 (this half against the same half last
 * year), 亏损收窄28.3亿 = −24.1亿 − (−52.4亿). Figures meet only with their
 * own family, unit and subject (any subject when the title adds several up), inside one article; exact
 * figures only.
 */
import { add, cmp, dec, div, mul, sub, toString } from '../quantities/decimal.ts';
import { allowed } from '../quantities/interval.ts';
import type { Quantity } from '../quantities/extract.ts';
import { percentChange } from './headline-support.ts';
import type { Interval, Observation } from './model.ts';
import { laterYear } from './time-grain.ts';

export interface Derivation {
  a: Observation;
  b: Observation;
  op: '+' | '−';
  value: string;
}

const inside = (v: string, i: Interval) =>
  (i.lower === null || cmp(dec(v), dec(i.lower)) > 0 || (cmp(dec(v), dec(i.lower)) === 0 && !i.lowerOpen)) &&
  (i.upper === null || cmp(dec(v), dec(i.upper)) < 0 || (cmp(dec(v), dec(i.upper)) === 0 && !i.upperOpen));

/** The figure each observation compares, signed (a loss as a negative profit). */
function signed(o: Observation): string | null {
  const q = o.quantity;
  if (q.amount === null || q.hedge !== 'exact' || o.kind !== 'level') return null;
  return o.compared.lower === o.compared.upper ? o.compared.lower : null;
}

/**
 * The first pair of `observations` (one article's) whose difference or sum (`sumsOnly`: sum) the title figure `t` allows.
 * A title loss (`loss`: 上半年亏损23亿元) is the size of the sum of two losses (−13.2亿 + −9.8亿).
 */
export function derivation(t: Quantity, observations: readonly Observation[], loss = false, across = false, sumsOnly = false): Derivation | undefined {
  if (t.amount === null) return undefined;
  const range = allowed(t, { ...t, change: undefined });
  // A title may drop the currency (亏损收窄28.3亿): a bare figure meets money.
  const levels = observations.filter((o) => (o.quantity.unit === t.unit || (t.unit === '' && o.quantity.dimension.startsWith('money'))) && signed(o) !== null);
  // A figure nobody is known to own (公司…, the article's subject unlinked) may pair with any of its article's.
  const owners = [...new Set(levels.filter((o) => o.attribution !== 'none').map((o) => o.entity ?? '∅'))];
  // A title that adds up several subjects (合计净利润41.5亿元, 乐迅沃锐合计…) pairs figures of one family whoever owns them.
  const groups = Map.groupBy(levels.flatMap((o) => (o.attribution === 'none' ? (owners.length > 0 ? owners : ['∅']).map((k) => ({ k, o })) : [{ k: o.entity ?? '∅', o }])), ({ k, o }) => (across ? o.family : `${k}|${o.family}`));
  for (const pairs of groups.values()) {
    const group = pairs.map(({ o }) => o);
    for (let i = 0; i < group.length; i++) {
      for (let j = 0; j < group.length; j++) {
        if (i === j || group[i]!.quantity.start === group[j]!.quantity.start && group[i]!.claim === group[j]!.claim) continue;
        const [a, b] = [group[i]!, group[j]!];
        const diff = toString(sub(dec(signed(a)!), dec(signed(b)!)));
        if (!sumsOnly && cmp(dec(diff), dec(0)) > 0 && inside(diff, range)) return { a, b, op: '−', value: diff };
        const sum = toString(add(dec(signed(a)!), dec(signed(b)!)));
        if (i < j && signed(a)!.startsWith('-') === signed(b)!.startsWith('-') && inside(sum, range)) return { a, b, op: '+', value: sum };
        if (i < j && loss && signed(a)!.startsWith('-') && signed(b)!.startsWith('-') && inside(sum.slice(1), range)) return { a, b, op: '+', value: sum };
      }
    }
  }
  return undefined;
}

export interface ShareDerivation {
  part: Observation;
  whole: Observation;
  /** The part's share of the whole, in percent, to two places. */
  value: string;
}

/**
 * A title's share (《天穹之战》独揽超四成) as one body figure of a subject the title names over a figure of
 * the same family, unit, time and period that is the sector's (the market's, 全国电影票房为95.10亿元):
 * 42.36亿元 ÷ 95.10亿元 = 44.54%. Exact figures only, the part smaller than the whole.
 */
export function shareDerivation(t: Quantity, observations: readonly Observation[], named: ReadonlySet<string | null>): ShareDerivation | undefined {
  if (t.unit !== 'percent' || t.change || named.size === 0) return undefined;
  const range = allowed(t, t);
  const levels = observations.filter((o) => signed(o) !== null && !signed(o)!.startsWith('-') && o.quantity.dimension !== 'ratio');
  for (const part of levels) {
    if (part.entity === null || !named.has(part.entity)) continue;
    for (const whole of levels) {
      if (whole === part || whole.family !== part.family || whole.quantity.unit !== part.quantity.unit || whole.time !== part.time || (whole.period ?? '') !== (part.period ?? '')) continue;
      // The whole is the market's (the sector's), never another subject's figure that happens to be larger.
      if (whole.entity !== null || whole.attribution !== 'sector') continue;
      if (cmp(dec(signed(part)!), dec(signed(whole)!)) >= 0) continue;
      const value = toString(div(mul(dec(signed(part)!), dec(100)), dec(signed(whole)!), 2));
      // Inside the title's range by the exact ratio, not by its rounding: part × 100 against bound × whole.
      const exact = mul(dec(signed(part)!), dec(100));
      const atLeast = range.lower === null || cmp(exact, mul(dec(range.lower), dec(signed(whole)!))) > (range.lowerOpen ? 0 : -1);
      const atMost = range.upper === null || cmp(exact, mul(dec(range.upper), dec(signed(whole)!))) < (range.upperOpen ? 0 : 1);
      if (atLeast && atMost) return { part, whole, value };
    }
  }
  return undefined;
}

export interface RateDerivation {
  now: Observation;
  before: Observation;
  /** The change from `before` to `now`, in percent, to two places. */
  value: string;
}

/**
 * A title's change in percent or a rise in multiples (华岳钢铁去年净利降超四成, 净利润增逾三倍) as two body levels
 * of one subject, measure, scope and period a year apart (2024年…36.8亿元, 2023年…65.6亿元: −43.90%), in the
 * title's direction and range. Of a subject the title names when it names one.
 */
export function rateDerivation(t: Quantity, observations: readonly Observation[], named: ReadonlySet<string | null>): RateDerivation | undefined {
  // 增逾三倍 is a rise of more than 300% (the strict reading: a rise of N倍 is N times the base added).
  const multiple = t.dimension === 'multiple' && t.change === 'up';
  if ((t.unit !== 'percent' && !multiple) || !t.change) return undefined;
  const range = allowed(t, { ...t, change: undefined });
  const levels = observations.filter((o) => signed(o) !== null && o.timeExplicit && !o.timeCarried && o.attribution !== 'none' && o.quantity.dimension !== 'ratio' && (named.size === 0 || named.has(o.entity)));
  for (const now of levels) {
    for (const before of levels) {
      if (laterYear(before.time) !== now.time) continue;
      if (before.entity !== now.entity || before.family !== now.family || before.scopeKey !== now.scopeKey || before.quantity.unit !== now.quantity.unit || (before.period ?? '') !== (now.period ?? '')) continue;
      const base = dec(signed(before)!);
      // A change from a loss or from nothing is no percentage.
      if (cmp(base, dec(0)) <= 0 || cmp(dec(signed(now)!), dec(0)) < 0) continue;
      const rate = percentChange(base, dec(signed(now)!));
      const up = cmp(rate, dec(0)) > 0;
      if ((t.change === 'up') !== up) continue;
      const size = up ? rate : mul(rate, dec(-1));
      if (inside(toString(multiple ? div(size, dec(100), 6) : size), range)) return { now, before, value: toString(div(rate, dec(1), 2)) };
    }
  }
  return undefined;
}
