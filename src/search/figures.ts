/**
 * Figures written in Arabic digits, for matching a query's numbers against a
 * claim's: 1.4万亿 and 14000亿 are the same value; 193.16 is not 193.17; 20 is
 * not the start of 200 (a figure is read whole, never as a prefix). Works on
 * the matching copy of a text (NFKC, lower case: see src/core/match-text.ts).
 * Values are exact: a canonical `digits e exponent` string, never a float.
 */

/** A figure in a text: its span (in the text given), its value, where it ends. */
export interface Figure {
  start: number;
  end: number;
  /** The exact value, canonical: `14e11` for 1.4万亿 and 14000亿. */
  value: string;
}

const SCALES: Readonly<Record<string, number>> = { 万亿: 12, 千亿: 11, 百亿: 10, 十亿: 9, 千万: 7, 百万: 6, 十万: 5, 亿: 8, 万: 4, 千: 3 };
const FIGURE = /(\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千)?/g;

/**
 * `digits` (with thousands commas and a decimal point allowed) times ten to
 * the power of `scale` word, as `mantissa e exponent` with no leading or
 * trailing zeros in the mantissa: 1.4 with 万亿 → `14e11`.
 */
export function figureValue(digits: string, scale = ''): string {
  const [whole = '', fraction = ''] = digits.replace(/,/g, '').split('.');
  let mantissa = `${whole}${fraction}`.replace(/^0+/, '');
  let exponent = (SCALES[scale] ?? 0) - fraction.length;
  if (mantissa === '') return '0e0';
  while (mantissa.endsWith('0')) {
    mantissa = mantissa.slice(0, -1);
    exponent++;
  }
  return `${mantissa}e${exponent}`;
}

/**
 * Every figure of a (normalised) text. A number glued to a Latin letter or
 * code before it (H100, GPT5, v1.2) is a name, not a figure.
 */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const before = text[m.index - 1] ?? '';
    if (/[a-z.]/.test(before)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: figureValue(m[1]!, m[2]) });
  }
  return out;
}

/**
 * The usual ways of writing a value: 14e11 → 1.4万亿, 14000亿. Pagefind
 * matches words, not values, so the search page asks it for each form to find
 * every page that may hold the figure. Forms of up to six characters before
 * the scale word, without a leading 0.
 */
export function figureForms(value: string): string[] {
  const [mantissa = '0', exp = '0'] = value.split('e');
  const forms: string[] = [];
  for (const [scale, power] of [['万亿', 12], ['亿', 8], ['万', 4], ['', 0]] as const) {
    const e = Number(exp) - power;
    const digits = e >= 0 ? mantissa + '0'.repeat(e) : mantissa.length > -e ? `${mantissa.slice(0, e)}.${mantissa.slice(e)}` : '';
    if (digits && digits.length <= 6 && !digits.startsWith('0')) forms.push(digits + scale);
  }
  return forms;
}
