/**
 * Chinese and Arabic numerals to exact decimals. Returns an interval because
 * Chinese writes approximate counts as numerals: 两三 = [2, 3], 十几 = [11, 19],
 * 数百 = [200, 900]. `place` is the exponent of the last written digit (for
 * rounding: 1.2 has place −1, 4600 has 0, 二十二点四 has −1).
 */
import { type Decimal, add, dec, parseDecimal, shift } from './decimal.ts';

export interface Numeral {
  lo: Decimal;
  hi: Decimal;
  place: number;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
const BIG_UNITS: Record<string, number> = { 万: 4, 亿: 8 };

/** Arabic digits with optional thousands commas and decimals: `1,234.5` → place −1. */
export function arabic(text: string): Numeral {
  const value = parseDecimal(text);
  const frac = text.split('.')[1];
  return { lo: value, hi: value, place: frac ? -frac.length : 0 };
}

/** A standard Chinese numeral without approximations: 二十二点四, 一万二, 二〇二五, 千. */
function standard(text: string): { value: Decimal; place: number } | undefined {
  const [intPart, fracPart] = text.split('点');
  if (intPart === undefined || text.split('点').length > 2) return undefined;
  let place = 0;
  let value: Decimal;
  // Digit by digit (二〇二五): only digits, more than one.
  if (intPart.length > 1 && [...intPart].every((c) => c in DIGITS)) {
    value = dec([...intPart].map((c) => DIGITS[c]).join(''));
  } else {
    let total = dec(0);
    let section = dec(0);
    let digit: number | null = null;
    let lastUnit = 0;
    let lastBig = 0;
    for (const c of intPart) {
      if (c in DIGITS) {
        digit = DIGITS[c]!;
      } else if (c in SMALL_UNITS) {
        lastUnit = SMALL_UNITS[c]!;
        section = add(section, shift(dec(digit ?? 1), lastUnit));
        digit = null;
      } else if (c in BIG_UNITS) {
        if (digit !== null) section = add(section, dec(digit));
        total = shift(add(total, section), BIG_UNITS[c]!);
        lastBig = BIG_UNITS[c]!;
        section = dec(0);
        digit = null;
        lastUnit = lastBig;
      } else return undefined;
    }
    if (digit !== null) {
      // 一万二 = 12000: a lone digit after a unit counts one place below it.
      const below = lastUnit > 0 ? lastUnit - 1 : 0;
      section = add(section, shift(dec(digit), below));
      lastUnit = below;
    }
    value = add(total, section);
    place = fracPart === undefined ? lastUnit : 0;
  }
  if (fracPart !== undefined) {
    if (fracPart === '' || ![...fracPart].every((c) => c in DIGITS)) return undefined;
    value = add(value, shift(dec([...fracPart].map((c) => DIGITS[c]).join('')), -fracPart.length));
    place = -fracPart.length;
  }
  return { value, place };
}

/** Pairs of adjacent digits meaning "two or three": 一两, 两三, 三四 … 八九. */
const PAIR = /^([一两二三四五六七八])([两二三四五六七八九])(.*)$/;

/**
 * Parse a run of Chinese numeral characters (with an optional trailing scale)
 * to an interval, or undefined if it is not a number.
 */
export function chinese(text: string): Numeral | undefined {
  // 十几 / 几十 / 几百 / 数十 / 数百 / 数千 (+ scale): approximate counts.
  let m = /^十几(.*)$/.exec(text);
  if (m) return scaled({ lo: dec(11), hi: dec(19), place: 0 }, m[1]!);
  m = /^[几数]([十百千万])(.*)$/.exec(text);
  if (m) {
    const p = SMALL_UNITS[m[1]!] ?? BIG_UNITS[m[1]!]!;
    return scaled({ lo: shift(dec(2), p), hi: shift(dec(9), p), place: p }, m[2]!);
  }
  m = PAIR.exec(text);
  if (m && DIGITS[m[2]!]! === DIGITS[m[1]!]! + 1 && !/^[十百千万亿点]*[一二两三四五六七八九]/.test(m[3]!)) {
    // 一两千 → [1000, 2000]; 两三 → [2, 3].
    const unit = /^([十百千])?(.*)$/.exec(m[3]!)!;
    const p = unit[1] ? SMALL_UNITS[unit[1]]! : 0;
    return scaled({ lo: shift(dec(DIGITS[m[1]!]!), p), hi: shift(dec(DIGITS[m[2]!]!), p), place: p }, unit[2]!);
  }
  // Trailing big scale (万亿, 亿, 万) applies to the whole: 二十二点四万.
  m = /^(.*?)(万亿|亿|万)?$/.exec(text)!;
  const body = m[1]!;
  const scale = m[2] ?? '';
  if (body === '') return scale === '' ? undefined : scaled({ lo: dec(1), hi: dec(1), place: 0 }, scale);
  const parsed = standard(body);
  if (!parsed) return undefined;
  return scaled({ lo: parsed.value, hi: parsed.value, place: parsed.place }, scale);
}

/** Apply a scale word (万, 亿, 万亿, 千亿 …) to an interval. */
export function scaled(n: Numeral, scale: string): Numeral | undefined {
  if (scale === '') return n;
  const p = scalePower(scale);
  if (p === undefined) return undefined;
  return { lo: shift(n.lo, p), hi: shift(n.hi, p), place: n.place + p };
}

/** 万 → 4, 亿 → 8, 万亿 → 12, 千亿 → 11, 百万 → 6 … */
export function scalePower(scale: string): number | undefined {
  let p = 0;
  for (const c of scale) {
    const k = SMALL_UNITS[c] ?? BIG_UNITS[c];
    if (k === undefined) return undefined;
    p += k;
  }
  return p;
}
