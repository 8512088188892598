/** Interval comparison on exact decimals, with rounding of the last written digit. */
import { add, cmp, dec, neg, shift, sub, toString as toStr } from '../quantities/decimal.ts';
import type { Interval, Observation } from './model.ts';

/** The interval an observation allows, widened by half a unit of its last digit when it is a plain figure. */
export function tolerant(o: Observation): Interval {
  const i = signed(o);
  if (o.quantity.hedge !== 'exact' && o.quantity.hedge !== 'rhetoric') return i;
  const half = shift(dec(5), o.quantity.precision - 1);
  return {
    lower: i.lower === null ? null : toStr(sub(dec(i.lower), half)),
    upper: i.upper === null ? null : toStr(add(dec(i.upper), half)),
    lowerOpen: false,
    upperOpen: false,
  };
}

/** Changes downwards compare as negative numbers. */
function signed(o: Observation): Interval {
  if (o.kind !== 'change' || o.quantity.change !== 'down') return o.compared;
  const { lower, upper, lowerOpen, upperOpen } = o.compared;
  return { lower: upper === null ? null : toStr(neg(dec(upper))), upper: lower === null ? null : toStr(neg(dec(lower))), lowerOpen: upperOpen, upperOpen: lowerOpen };
}

/** Do two intervals share a point? Open ends exclude their bound. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !below(a, b) && !below(b, a);
}

/** Is all of `a` below all of `b`? */
export function below(a: Interval, b: Interval): boolean {
  if (a.upper === null || b.lower === null) return false;
  const c = cmp(dec(a.upper), dec(b.lower));
  return c < 0 || (c === 0 && (a.upperOpen || b.lowerOpen));
}
