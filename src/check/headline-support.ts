/**
 * More ways a body figure supports a title figure (src/check/rules/headline.ts):
 * the body's bound at the title's figure (门槛提至23.1% — 不低于23.1%), the same
 * rise as a factor (翻倍 — 增长约一倍 — 增长107%), and a percent change worked out
 * from the two ends of 从A至B (涨近一成 — 从14.2元涨至15.6元). Durations in a title
 * (两个月, 连续两周) say how long, not how much: unsupported, they are passed over.
 */
import { add, cmp, dec, div, mul, sub, toString, type Decimal } from '../quantities/decimal.ts';
import type { Quantity } from '../quantities/extract.ts';
import type { Interval } from './model.ts';

export const isDuration = (q: Quantity) => q.dimension === 'duration';

const inside = (v: Decimal, i: Interval) =>
  (i.lower === null || cmp(v, dec(i.lower)) > 0 || (cmp(v, dec(i.lower)) === 0 && !i.lowerOpen)) && (i.upper === null || cmp(v, dec(i.upper)) < 0 || (cmp(v, dec(i.upper)) === 0 && !i.upperOpen));

/** 不低于23.1% supports a title's 23.1%: the body's closed bound is the title's figure as written. */
export function boundAt(title: Quantity, body: Quantity): boolean {
  if (title.amount === null || title.unit !== body.unit || (title.change ?? null) !== (body.change ?? null)) return false;
  const bound = body.hedge === 'above' && !body.lowerOpen ? body.lower : body.hedge === 'below' && !body.upperOpen ? body.upper : null;
  return bound !== null && cmp(dec(bound), dec(title.amount)) === 0;
}

/** The factor a rise makes, over an interval of the figure: 增长20% = ×1.2, 增长一倍 = ×2, 翻倍 = ×2 (翻 counts the result). */
function factor(q: Quantity, i: Interval): Interval | null {
  if (q.change !== 'up') return null;
  const map = (f: (v: Decimal) => Decimal): Interval => ({ ...i, lower: i.lower === null ? null : toString(f(dec(i.lower))), upper: i.upper === null ? null : toString(f(dec(i.upper))) });
  if (q.unit === 'percent') return map((v) => add(dec(1), div(v, dec(100), 6)));
  if (q.dimension === 'multiple') return /^翻/.test(q.surface) ? i : map((v) => add(dec(1), v));
  return null;
}

/** The same rise written two ways: the body's factor (a point of it) lies in the title's allowed factor. */
export function sameRise(title: Quantity, titleRange: Interval, body: Quantity, bodyRange: Interval): boolean {
  const t = factor(title, titleRange);
  const b = factor(body, bodyRange);
  if (!t || !b) return false;
  const point = b.lower !== null && b.upper !== null ? div(add(dec(b.lower), dec(b.upper)), dec(2), 6) : null;
  return point !== null && inside(point, t);
}

/** The change from `from` to `to` in percent, to six places of the ratio. */
export const percentChange = (from: Decimal, to: Decimal): Decimal => mul(div(sub(to, from), from, 6), dec(100));

/** The percent change from A to B of a 从A至B body figure, when it lies in the title's range (a change in percent). */
export function rateFromTo(title: Quantity, titleRange: Interval, body: Quantity): string | null {
  if (title.unit !== 'percent' || !title.change || !body.from) return null;
  const a = dec(body.from.amount);
  if (cmp(a, dec(0)) === 0) return null;
  const rate = percentChange(a, dec(body.amount!));
  return inside(rate, titleRange) ? toString(div(rate, dec(1), 2)) : null;
}

/** How far a body figure is from a title's amount, for ordering; figures without a bound go last. */
export function distance(q: Quantity, amount: string): Decimal {
  const v = q.amount ?? q.lower ?? q.upper;
  if (v === null) return dec('1000000000000000000000000000000');
  const d = sub(dec(v), dec(amount));
  return cmp(d, dec(0)) < 0 ? sub(dec(0), d) : d;
}
