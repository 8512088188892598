/**
 * Exact decimals: a BigInt mantissa times a power of ten. No floats anywhere a
 * figure is compared: 22.4 − 4.6 is exactly 17.8 here.
 */
export interface Decimal {
  /** Mantissa. */
  readonly m: bigint;
  /** Exponent of ten. */
  readonly e: number;
}

const TEN = 10n;

/** Canonical form: no trailing zeros in the mantissa (zero is 0e0). */
function make(m: bigint, e: number): Decimal {
  if (m === 0n) return { m: 0n, e: 0 };
  while (m % TEN === 0n) {
    m /= TEN;
    e++;
  }
  return { m, e };
}

/** Decimals already parsed, by text: figures repeat, and decimals never change. */
const parsed = new Map<string, Decimal>();
const PARSED_KEPT = 1 << 18;

/** Parse `-1,234.50` (ASCII digits; commas allowed as thousands separators). */
export function parseDecimal(text: string): Decimal {
  const known = parsed.get(text);
  if (known) return known;
  const clean = text.replace(/,/g, '');
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, int, frac = ''] = match;
  const value = Object.freeze(make(BigInt(`${sign}${int}${frac}`), -frac.length));
  if (parsed.size < PARSED_KEPT) parsed.set(text, value);
  return value;
}

export const dec = (value: string | number | bigint): Decimal => (typeof value === 'string' ? parseDecimal(value) : make(BigInt(value), 0));

/** Value × 10^k. */
export function shift(a: Decimal, k: number): Decimal {
  return make(a.m, a.e + k);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.m * TEN ** BigInt(a.e - e), b.m * TEN ** BigInt(b.e - e), e];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, e] = align(a, b);
  return make(x + y, e);
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, e] = align(a, b);
  return make(x - y, e);
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return make(a.m * b.m, a.e + b.e);
}

export function neg(a: Decimal): Decimal {
  return make(-a.m, a.e);
}

const sign = (m: bigint): -1 | 0 | 1 => (m < 0n ? -1 : m > 0n ? 1 : 0);

export function cmp(a: Decimal, b: Decimal): -1 | 0 | 1 {
  // The same exponent, or different signs, need no scaling: most comparisons, and no allocation.
  if (a.e === b.e) return a.m < b.m ? -1 : a.m > b.m ? 1 : 0;
  const sa = sign(a.m);
  const sb = sign(b.m);
  if (sa !== sb) return sa < sb ? -1 : 1;
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const eq = (a: Decimal, b: Decimal): boolean => cmp(a, b) === 0;
export const min = (a: Decimal, b: Decimal): Decimal => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Decimal, b: Decimal): Decimal => (cmp(a, b) >= 0 ? a : b);

/** a ÷ b rounded half-up to `digits` decimal places (for display of ratios only). */
export function div(a: Decimal, b: Decimal, digits = 4): Decimal {
  if (b.m === 0n) throw new Error('division by zero');
  // a/b = (a.m / b.m) × 10^(a.e − b.e); scale so the quotient has `digits` places.
  const scale = digits + (a.e - b.e);
  let num = a.m;
  let den = b.m;
  if (scale >= 0) num *= TEN ** BigInt(scale);
  else den *= TEN ** BigInt(-scale);
  const negative = num < 0n !== den < 0n;
  const q = (abs(num) * 2n + abs(den)) / (abs(den) * 2n);
  return make(negative ? -q : q, -digits);
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** Plain decimal notation, no exponent: `17.8`, `1300000000000`, `-0.05`. */
export function toString(a: Decimal): string {
  const negative = a.m < 0n;
  const digits = abs(a.m).toString();
  let out: string;
  if (a.e >= 0) out = digits + '0'.repeat(a.e);
  else {
    const point = digits.length + a.e;
    out = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  }
  return negative ? `-${out}` : out;
}

