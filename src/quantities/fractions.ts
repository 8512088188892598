/**
 * Fractions as percentages: 三分之一, 五分之二, 4分之3. 百分之, 千分之 and 万分之
 * are read by the extractor itself (their ranges share the unit). A fraction
 * that has no finite decimal (1/3) is the tightest interval of six decimals
 * around it, so it is never rounded into a wrong exact value.
 */
import { dec, div, shift } from './decimal.ts';
import { arabic, chinese, type Numeral } from './numerals.ts';

const FRACTION = /([零〇一二两三四五六七八九十百千万亿\d]+)分之([零〇一二两三四五六七八九十百千\d]+)/y;
const DIGITS_KEPT = 6;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

function integerOf(text: string): bigint | undefined {
  const n = /^\d+$/.test(text) ? arabic(text) : chinese(text);
  if (!n || n.lo.m !== n.hi.m || n.lo.e !== n.hi.e || n.lo.e < 0) return undefined;
  return n.lo.m * 10n ** BigInt(n.lo.e);
}

/** A fraction at `i`: its value in percent; `bracket` when the interval only brackets it. */
export function fractionAt(t: string, i: number): { numeral: Numeral; end: number; bracket?: true } | { invalid: true; end: number } | undefined {
  FRACTION.lastIndex = i;
  const m = FRACTION.exec(t);
  if (!m || m[1] === '百' || m[1] === '千' || m[1] === '万') return undefined;
  const end = i + m[0].length;
  // 一又二分之一 is a mixed number, not a half; a numerator that goes on (五百分之2.2, 一百分之十万零六) is not read.
  if (t[i - 1] === '又' || /[0-9.点零〇一二两三四五六七八九十百千万亿]/.test(t[end] ?? '')) return { invalid: true, end: end + 1 };
  const den = integerOf(m[1]!);
  const num = integerOf(m[2]!);
  if (den === undefined || num === undefined || den === 0n || num > den) return { invalid: true, end };
  // num/den × 100 has a finite decimal when the reduced denominator has no prime factor but 2 and 5.
  let rest = den / gcd(num * 100n, den);
  let places = 0;
  while (rest % 10n === 0n) (rest /= 10n), places++;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) (rest /= 2n), twos++;
  while (rest % 5n === 0n) (rest /= 5n), fives++;
  const value = (digits: number) => div(dec(num * 100n), dec(den), digits);
  if (rest === 1n) {
    const digits = places + Math.max(twos, fives);
    const v = value(digits);
    return { numeral: { lo: v, hi: v, place: -digits }, end };
  }
  // The six-decimal interval that contains the true value: [floor, floor + 10^-6].
  const floor = (num * 100n * 10n ** BigInt(DIGITS_KEPT)) / den;
  return { numeral: { lo: shift(dec(floor), -DIGITS_KEPT), hi: shift(dec(floor + 1n), -DIGITS_KEPT), place: -DIGITS_KEPT }, end, bracket: true };
}
