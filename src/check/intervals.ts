/** Interval comparison on exact decimals, with rounding of the last written digit. */
import { cmp, dec } from '../quantities/decimal.ts';
import { allowed } from '../quantities/interval.ts';
import type { Interval, Observation } from './model.ts';

/** The interval an observation allows: rounding of its last digit, falls as negatives. */
export function tolerant(o: Observation): Interval {
  return allowed(o.compared, o.quantity);
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
