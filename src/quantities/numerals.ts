/**
 * Chinese and Arabic numerals to exact decimals. Returns an interval because
 * Chinese writes approximate counts as numerals: 两三 = [2, 3], 十几 = [11, 19],
 * 数百 = [200, 900], 十七八万 = [170000, 180000], 三五百 = [300, 500]. `place` is
 * the exponent of the last written digit (for rounding: 1.2 has place −1, 4600
 * has 0, 二十二点四 has −1, 一百零八万 has 4). A run that is not a well-formed
 * numeral gives undefined, never a partial value.
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

const exact = (value: Decimal, place: number): Numeral => ({ lo: value, hi: value, place });
const isInterval = (n: Numeral) => n.lo.m !== n.hi.m || n.lo.e !== n.hi.e;

/** Two digits meaning "X or Y": adjacent (两三, 七八) or the idiom 三五. */
function pairAt(s: string, i: number): [number, number] | undefined {
  const a = DIGITS[s[i]!];
  const b = DIGITS[s[i + 1] ?? ''];
  if (a === undefined || b === undefined) return undefined;
  if (a >= 1 && b === a + 1) return [a, b];
  if (a === 3 && b === 5) return [3, 5];
  return undefined;
}

/**
 * A section below 万: 一千零八, 二十几, 七八十, 十七八. `lonePlace` is where a
 * digit with no unit of its own goes (一万二: the 二 is thousands).
 */
function section(s: string, lonePlace: number): Numeral | undefined {
  let lo = dec(0);
  let hi = dec(0);
  let place = 0;
  let pending: [number, number] | 'some' | null = null;
  let lastUnit = 4;
  let zero = false;
  let approximate = false;
  let written = false;
  const put = (d: [number, number], p: number): boolean => {
    if (approximate) return false; // only the last digit may be approximate
    if (d[0] !== d[1]) approximate = true;
    lo = add(lo, shift(dec(d[0]), p));
    hi = add(hi, shift(dec(d[1]), p));
    place = p;
    written = true;
    return true;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '零' || c === '〇') {
      if (pending !== null || !written) return undefined;
      zero = true;
      continue;
    }
    const p = SMALL_UNITS[c];
    if (p !== undefined) {
      if (p >= lastUnit) return undefined;
      let d: [number, number];
      if (pending === 'some') d = [2, 9]; // 几十, 数百: several tens, hundreds
      else if (pending) d = pending;
      else if (i === 0) d = [1, 1]; // 十二, 百亿, 千万
      else return undefined;
      if (!put(d, p)) return undefined;
      lastUnit = p;
      pending = null;
      zero = false;
      continue;
    }
    if (pending !== null) return undefined; // two digits in a row that are not a pair
    if (c === '几' || c === '数') {
      if (c === '数' && i !== 0) return undefined;
      pending = 'some';
      continue;
    }
    if (DIGITS[c] === undefined) return undefined;
    const pair = pairAt(s, i);
    if (pair) {
      pending = pair;
      i++;
    } else pending = [DIGITS[c]!, DIGITS[c]!];
  }
  if (pending !== null) {
    const p = zero ? 0 : lastUnit < 4 ? lastUnit - 1 : lonePlace;
    // 十几 = 11–19, but a lone 几 (几万) is several: 2–9.
    const d: [number, number] = pending === 'some' ? (written ? [1, 9] : [2, 9]) : pending;
    if (pending === 'some' && s[0] === '数' && s.length > 1) return undefined;
    if (!put(d, p)) return undefined;
  } else if (zero) return undefined; // a trailing 零
  return written ? { lo, hi, place } : undefined;
}

/** An integer with 万 and 亿 groups: 十三亿五千万, 一千零一万零一, 一万亿, 三亿五. */
function integer(s: string, lonePlace: number): Numeral | undefined {
  for (const [big, power] of [['亿', 8], ['万', 4]] as const) {
    const at = s.lastIndexOf(big);
    if (at < 0) continue;
    const head = s.slice(0, at);
    const tail = s.slice(at + 1);
    if (head === '' && tail !== '') return undefined; // 万一 is a word
    const h = head === '' ? exact(dec(1), 0) : power === 8 ? integer(head, 0) : section(head, 0);
    if (!h) return undefined;
    if (tail === '') return { lo: shift(h.lo, power), hi: shift(h.hi, power), place: h.place + power };
    if (isInterval(h)) return undefined; // 十七八万五千: the approximate digit must come last
    // 一万零一, 一亿零五百万: after 零 the tail counts from the units up.
    const zero = tail[0] === '零' || tail[0] === '〇';
    const rest = zero ? tail.slice(1) : tail;
    if (rest === '' || rest[0] === '零' || rest[0] === '〇') return undefined;
    // 亿 and 万 inside the tail (三亿五千万); a lone digit right after the big unit is one place below it.
    const t = power === 8 ? integer(rest, zero ? 0 : 7) : section(rest, zero ? 0 : 3);
    if (!t) return undefined;
    if (power === 8 && rest.includes('亿')) return undefined;
    return { lo: add(shift(h.lo, power), t.lo), hi: add(shift(h.lo, power), t.hi), place: t.place };
  }
  return section(s, lonePlace);
}

/**
 * Parse a run of Chinese numeral characters (with an optional trailing scale)
 * to an interval, or undefined if it is not a well-formed number.
 */
export function chinese(text: string): Numeral | undefined {
  // A lone 几 or 数 is "a few", not a figure; 几万 and 数百 are.
  if (text === '' || text === '几' || text === '数') return undefined;
  const point = text.indexOf('点');
  if (point >= 0) {
    // 二十二点四万, 三点五亿, 零点一: the scale after the decimals applies to the whole.
    // Decimals are digits: 一点两 is not 1.2.
    const m = /^([^点]*)点([零〇一二三四五六七八九]+)(万亿|亿|万)?$/.exec(text);
    if (!m || m[1] === '' || /[万亿几数]/.test(m[1]!)) return undefined;
    const int = m[1] === '零' || m[1] === '〇' ? exact(dec(0), 0) : integer(m[1]!, 0);
    if (!int || isInterval(int)) return undefined;
    const frac = m[2]!;
    const value = add(int.lo, shift(dec([...frac].map((c) => DIGITS[c]).join('')), -frac.length));
    return scaled(exact(value, -frac.length), m[3] ?? '');
  }
  // Digit by digit (二〇二五, 一七二零): three digits or more; two are a pair or nothing.
  if ([...text].every((c) => c in DIGITS)) {
    if (text.length === 1) return exact(dec(DIGITS[text]!), 0);
    if (text.length === 2) {
      const pair = pairAt(text, 0);
      return pair ? { lo: dec(pair[0]), hi: dec(pair[1]), place: 0 } : undefined;
    }
    if (text[0] === '零' || text[0] === '〇') return undefined;
    return exact(dec([...text].map((c) => DIGITS[c]).join('')), 0);
  }
  return integer(text, 0);
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
