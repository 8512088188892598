/** What a figure allows, as an exact-decimal interval: rounding of the last digit, and falls as negatives. */
import { add, dec, neg, shift, sub, toString } from './decimal.ts';
import type { Interval, Quantity } from './extract.ts';

/** −i: a fall compares as a negative number. */
export function negate(i: Interval): Interval {
  const flip = (v: string | null) => (v === null ? null : toString(neg(dec(v))));
  return { lower: flip(i.upper), upper: flip(i.lower), lowerOpen: i.upperOpen, upperOpen: i.lowerOpen };
}

/**
 * The interval `q` allows around `i` (its own interval, or one derived from it):
 * a plain figure (exact, or rhetoric like 高达) widened by half a unit of its
 * last written digit, and negated when the figure is a fall.
 */
export function allowed(i: Interval, q: Pick<Quantity, 'hedge' | 'precision' | 'change'>): Interval {
  let out = i;
  if (q.hedge === 'exact' || q.hedge === 'rhetoric') {
    const half = shift(dec(5), q.precision - 1);
    out = {
      lower: i.lower === null ? null : toString(sub(dec(i.lower), half)),
      upper: i.upper === null ? null : toString(add(dec(i.upper), half)),
      lowerOpen: false,
      upperOpen: false,
    };
  }
  return q.change === 'down' ? negate(out) : out;
}
