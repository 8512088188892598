/** What a figure allows, as an exact-decimal interval: rounding of the last digit, and falls as negatives. */
import { add, cmp, dec, neg, shift, sub, toString } from './decimal.ts';
import type { Interval, Quantity } from './extract.ts';

/** −i: a fall compares as a negative number. */
export function negate(i: Interval): Interval {
  const flip = (v: string | null) => (v === null ? null : toString(neg(dec(v))));
  return { lower: flip(i.upper), upper: flip(i.lower), lowerOpen: i.upperOpen, upperOpen: i.lowerOpen };
}

/**
 * The interval `q` allows around `i` (its own interval, or one derived from it):
 * a plain figure (exact, or rhetoric like 高达) widened by half a unit of its
 * last written digit, up to but not including the next half (rounding half up), and negated when
 * the figure is a fall.
 */
export function allowed(i: Interval, q: Pick<Quantity, 'hedge' | 'precision' | 'change'>): Interval {
  let out = i;
  if (q.hedge === 'exact' || q.hedge === 'rhetoric') {
    const negative = i.upper !== null && cmp(dec(i.upper), dec(0)) < 0;
    const half = shift(dec(5), q.precision - 1);
    out = {
      lower: i.lower === null ? null : toString(sub(dec(i.lower), half)),
      upper: i.upper === null ? null : toString(add(dec(i.upper), half)),
      // 四舍五入 rounds half away from zero: 2.86 is [2.855, 2.865), -2.86 is (-2.865, -2.855], so
      // 2.85 and 2.86 as written never meet.
      lowerOpen: negative && i.lower !== null,
      upperOpen: !negative && i.upper !== null,
    };
  }
  return q.change === 'down' ? negate(out) : out;
}
