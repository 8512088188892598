/**
 * Extract quantities and time expressions from a claim. Works on a normalised
 * copy (NFKC, lower case: full-width digits and ％ become ASCII) and maps every
 * span back to the text as written. Values are exact decimals (strings).
 */
import { normalizeForLinking } from '../core/match-text.ts';
import { type Decimal, add, cmp, dec, div, mul, neg, shift, sub, toString } from './decimal.ts';
import { arabic, chinese, type Numeral, scaled } from './numerals.ts';
import { type UnitDef, unitAt } from './units.ts';

/** How a figure is qualified. See ../shared/docs/quantities.md for the policy. */
export type Hedge = 'exact' | 'below' | 'above' | 'near' | 'approx' | 'rhetoric' | 'range' | 'more';

/** An interval of exact decimals (strings); a null bound is unbounded. */
export interface Interval {
  lower: string | null;
  upper: string | null;
  lowerOpen: boolean;
  upperOpen: boolean;
}

export interface Quantity extends Interval {
  /** Span in the text as written (UTF-16 offsets) and its surface. */
  start: number;
  end: number;
  surface: string;
  /** The figure as written, exact, in the canonical unit; null for a range. The interval is what it allows. */
  amount: string | null;
  unit: string;
  dimension: string;
  hedge: Hedge;
  hedgeWord?: string;
  /** Power of ten of the last written digit, in the canonical unit (1.2万亿 → 11). */
  precision: number;
  /** The figure is a change (缩水4600亿美元, 跌5.74%), not a level. */
  change?: 'up' | 'down';
  /** A direction word before a level (降至, 突破, 涨至): the level was reached by going up or down. */
  direction?: 'up' | 'down';
  directionWord?: string;
  /** For the end of 从A…至B: the start value and the exact difference and ratio. */
  from?: { amount: string; delta: string; ratio: string; surface: string };
  /** This figure is the start of 从A…至B; the next quantity is the end. */
  startOfChange?: true;
  /** Readings disagree (增长两倍: ×3 strictly, ×2 colloquially). */
  ambiguous?: string;
}

export interface TimeExpression {
  start: number;
  end: number;
  surface: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Qn`, resolved against the reference date. */
  value: string;
  /** Resolved from a word (今年, 次日) or a date without a year. */
  relative: boolean;
}

export interface Extraction {
  quantities: Quantity[];
  times: TimeExpression[];
}

export interface ExtractOptions {
  /** `YYYY-MM-DD` the relative times are resolved against (the article's date, or the last date the article named). */
  reference: string;
  /** Spans (UTF-16, in the text as written) that are names, not figures: 纳指100ETF(159660), 标普500. */
  skip?: readonly { start: number; end: number }[];
}

const HEDGES_BEFORE: [string, Hedge][] = (
  [
    ['远不止', 'above'], ['远超过', 'above'], ['远超', 'above'], ['不止', 'above'], ['超过', 'above'], ['突破', 'above'], ['逾', 'above'], ['超', 'above'], ['至少', 'above'],
    ['不足', 'below'], ['不到', 'below'], ['低于', 'below'], ['少于', 'below'], ['最多', 'below'],
    ['接近', 'near'], ['近', 'near'],
    ['大约', 'approx'], ['约', 'approx'],
    ['高达', 'rhetoric'], ['多达', 'rhetoric'], ['仅', 'rhetoric'], ['达', 'rhetoric'],
  ] as [string, Hedge][]
).sort((a, b) => b[0].length - a[0].length);

/** Words before a figure that make it a change, not a level. */
const CHANGE_WORDS: [string, 'up' | 'down'][] = (
  [
    ['暴增', 'up'], ['增长', 'up'], ['增加', 'up'], ['上涨', 'up'], ['收涨', 'up'], ['大涨', 'up'], ['再涨', 'up'], ['提升', 'up'], ['上升', 'up'], ['涨', 'up'], ['增', 'up'],
    ['下跌', 'down'], ['收跌', 'down'], ['大跌', 'down'], ['下降', 'down'], ['缩水', 'down'], ['蒸发', 'down'], ['减少', 'down'], ['跌', 'down'], ['降', 'down'],
  ] as [string, 'up' | 'down'][]
).sort((a, b) => b[0].length - a[0].length);

/** Words before a level that say how it was reached: 降至 4.69万亿美元. */
const LEVEL_WORDS: [string, 'up' | 'down'][] = (
  [
    ['暴增至', 'up'], ['增至', 'up'], ['涨至', 'up'], ['升至', 'up'], ['提升至', 'up'], ['扩建至', 'up'], ['突破', 'up'], ['跃升至', 'up'],
    ['降至', 'down'], ['跌至', 'down'], ['下降至', 'down'], ['缩水至', 'down'], ['减少至', 'down'], ['跌破', 'down'],
  ] as [string, 'up' | 'down'][]
).sort((a, b) => b[0].length - a[0].length);

const ARABIC = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿几数点]+/y;
const ARABIC_SCALE = /万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千/y;
const RANGE_SEP = /\s*[-~～—–至到]\s*/y;
const PERCENT_OF = /百分之/y;

const TIME_PATTERNS: [RegExp, (m: RegExpExecArray, ref: Ref) => [string, boolean]][] = [
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/y, (m) => [`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, false]],
  [/(\d{4})年(\d{1,2})月/y, (m) => [`${m[1]}-${pad(m[2]!)}`, false]],
  [/(\d{4})年?q([1-4])/y, (m) => [`${m[1]}-Q${m[2]}`, false]],
  [/(\d{4})年(?:第)?([一二三四])季度/y, (m) => [`${m[1]}-Q${'一二三四'.indexOf(m[2]!) + 1}`, false]],
  [/(19\d{2}|20\d{2})年/y, (m) => [m[1]!, false]],
  [/([〇零一二三四五六七八九]{4})年/y, (m) => [[...m[1]!].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''), false]],
  [/(今年|明年|去年)(\d{1,2})月/y, (m, ref) => [`${ref.year + { 今年: 0, 明年: 1, 去年: -1 }[m[1] as '今年']}-${pad(m[2]!)}`, true]],
  [/(\d{1,2})月(\d{1,2})日/y, (m, ref) => [`${yearFor(ref, Number(m[1]))}-${pad(m[1]!)}-${pad(m[2]!)}`, true]],
  [/(\d{1,2})月(?!份额)/y, (m, ref) => [`${yearFor(ref, Number(m[1]))}-${pad(m[1]!)}`, true]],
  [/今年|本年/y, (_m, ref) => [String(ref.year), true]],
  [/明年/y, (_m, ref) => [String(ref.year + 1), true]],
  [/去年/y, (_m, ref) => [String(ref.year - 1), true]],
  [/当日|当天/y, (_m, ref) => [ref.date, true]],
  [/次日|翌日/y, (_m, ref) => [addDays(ref.date, 1), true]],
  [/(?:第)?([一二三四])季度/y, (m, ref) => [`${ref.year}-Q${'一二三四'.indexOf(m[1]!) + 1}`, true]],
  [/q([1-4])/y, (m, ref) => [`${ref.year}-Q${m[1]}`, true]],
];

interface Ref {
  date: string;
  year: number;
  month: number;
}

const pad = (s: string | number) => String(s).padStart(2, '0');

/** A month without a year belongs to the reference year, unless that puts it well after the reference. */
function yearFor(ref: Ref, month: number): number {
  return month > ref.month + 1 ? ref.year - 1 : ref.year;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Parsed {
  numeral: Numeral;
  end: number;
  chinese: boolean;
}

/** A number at `i` of normalised text `t`, with its scale word. */
function numberAt(t: string, i: number): Parsed | undefined {
  ARABIC.lastIndex = i;
  let m = ARABIC.exec(t);
  if (m) {
    let numeral: Numeral | undefined = arabic(m[0]);
    let end = i + m[0].length;
    ARABIC_SCALE.lastIndex = end;
    const s = ARABIC_SCALE.exec(t);
    if (s) {
      numeral = scaled(numeral, s[0]);
      end += s[0].length;
    }
    return numeral && { numeral, end, chinese: false };
  }
  CHINESE.lastIndex = i;
  m = CHINESE.exec(t);
  if (!m) return undefined;
  // Try the longest run first, then shorter ones (一万二千 … 一).
  for (let length = m[0].length; length > 0; length--) {
    const run = m[0].slice(0, length);
    if (run.endsWith('点')) continue;
    const numeral = chinese(run);
    if (numeral) return { numeral, end: i + length, chinese: true };
  }
  return undefined;
}

function endsWithAny<T>(t: string, at: number, words: readonly [string, T][]): [string, T] | undefined {
  return words.find(([w]) => t.endsWith(w, at));
}

/** Interval of a hedged figure. */
function interval(n: Numeral, hedge: Hedge): Pick<Quantity, 'lower' | 'upper' | 'lowerOpen' | 'upperOpen'> {
  const half = shift(dec(5), n.place - 1);
  const s = (d: Decimal) => toString(d);
  switch (hedge) {
    case 'below':
      return { lower: '0', upper: s(n.hi), lowerOpen: false, upperOpen: true };
    case 'above':
      return { lower: s(n.lo), upper: null, lowerOpen: true, upperOpen: true };
    case 'near':
      return { lower: s(mul(n.lo, dec('0.9'))), upper: s(n.hi), lowerOpen: false, upperOpen: true };
    case 'approx':
      return { lower: s(sub(n.lo, half)), upper: s(add(n.hi, half)), lowerOpen: false, upperOpen: false };
    case 'more':
      return { lower: s(n.lo), upper: s(add(n.hi, shift(dec(1), n.place))), lowerOpen: false, upperOpen: true };
    default:
      return { lower: s(n.lo), upper: s(n.hi), lowerOpen: false, upperOpen: false };
  }
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const { text: t, origin } = normalizeForLinking(text);
  const [year, month] = options.reference.split('-').map(Number) as [number, number];
  let ref: Ref = { date: options.reference, year, month };
  const quantities: Quantity[] = [];
  const times: TimeExpression[] = [];
  const span = (start: number, end: number) => ({ start: origin[start]!, end: origin[end]!, surface: text.slice(origin[start]!, origin[end]!) });
  const skipped = (i: number) => options.skip?.some((s) => origin[i]! >= s.start && origin[i]! < s.end) ?? false;

  let i = 0;
  while (i < t.length) {
    if (skipped(i)) {
      i++;
      continue;
    }
    // Time expressions first: 2024年11月 is a time, not a count of years.
    const time = timeAt(t, i, ref);
    if (time) {
      times.push({ ...span(i, time.end), value: time.value, relative: time.relative });
      if (/^\d{4}-\d{2}-\d{2}$/.test(time.value)) ref = { ...ref, date: time.value };
      i = time.end;
      continue;
    }
    const q = quantityAt(t, i, span);
    if (q) {
      quantities.push(...q.quantities);
      i = q.end;
      continue;
    }
    i++;
  }
  return { quantities, times };
}

function timeAt(t: string, i: number, ref: Ref): { end: number; value: string; relative: boolean } | undefined {
  if (i > 0 && /\d/.test(t[i - 1]!)) return undefined;
  for (const [pattern, resolve] of TIME_PATTERNS) {
    pattern.lastIndex = i;
    const m = pattern.exec(t);
    if (m) {
      const [value, relative] = resolve(m, ref);
      return { end: i + m[0].length, value, relative };
    }
  }
  return undefined;
}

type Spanner = (start: number, end: number) => { start: number; end: number; surface: string };

function quantityAt(t: string, i: number, span: Spanner): { quantities: Quantity[]; end: number; unit?: UnitDef } | undefined {
  const before = t[i - 1] ?? '';
  // Part of a Latin name or code (H100, Q1, 018966) or an ordinal (第一).
  if (/[a-z]/.test(before) || before === '第' || (/\d/.test(before))) return undefined;

  // Multiples written as words.
  const multiple = /翻两番|翻一番|翻番|翻倍|增长两倍/y;
  multiple.lastIndex = i;
  const mm = multiple.exec(t);
  if (mm) {
    const factor = mm[0] === '翻两番' ? '4' : mm[0] === '增长两倍' ? '3' : '2';
    const q: Quantity = { ...span(i, i + mm[0].length), amount: factor, lower: factor, upper: factor, lowerOpen: false, upperOpen: false, unit: 'times', dimension: 'multiple', hedge: 'exact', precision: 0, change: 'up' };
    if (mm[0] === '增长两倍') Object.assign(q, { ambiguous: '增长两倍: ×3 strictly (grew by two times), ×2 colloquially', lower: '2', upper: '3', amount: null, hedge: 'range' });
    return { quantities: [q], end: i + mm[0].length };
  }

  // Fractions (三分之一) are not figures this checker compares; consume them whole.
  const fraction = /[零〇一二两三四五六七八九十百千\d.]+分之[零〇一二两三四五六七八九十百千\d.]+/y;
  fraction.lastIndex = i;
  const fm = fraction.exec(t);
  if (fm && !t.startsWith('百分之', i)) return { quantities: [], end: i + fm[0].length };

  // A minus sign, not a range or a code: 净利润-14亿元, 同比-5%.
  const negative = /^[-−]$/.test(before) && !/[\da-z%]/.test(t[i - 2] ?? '');
  let start = negative ? i - 1 : i;
  let percentOf = false;
  PERCENT_OF.lastIndex = i;
  if (PERCENT_OF.exec(t)) {
    percentOf = true;
    i += 3;
  }
  const first = numberAt(t, i);
  if (!first) return undefined;
  let end = first.end;
  let lo = first.numeral;
  let hi: Numeral | undefined;
  let more = false;
  if (t[end] === '多' || t[end] === '余') {
    more = true;
    end++;
  }
  // A lone 一 is an article (有一天, 一家公司), not a figure.
  if (first.chinese && t.slice(i, first.end) === '一' && !endsWithAny(t, start, HEDGES_BEFORE)) return { quantities: [], end: first.end };
  let unit: UnitDef | undefined = percentOf ? { surface: '', unit: 'percent', dimension: 'ratio', power: 0 } : unitAt(t, end);
  // 每小时8美元 / 每GPU小时8美元: a price per hour.
  if (unit?.unit === 'USD' && /每(?:gpu)?小时$/.test(t.slice(Math.max(0, i - 6), i))) unit = { ...unit, unit: 'USD/hour', dimension: 'price-per-hour' };
  if (!percentOf && first.chinese && !unit && t[end] === '成') unit = { surface: '成', unit: 'percent', dimension: 'ratio', power: 1 };
  if (unit && !percentOf) end += unit.surface.length;

  // A range: 70%-80%, 2-3年, 200至600倍, 1-2个月.
  RANGE_SEP.lastIndex = end;
  const sep = RANGE_SEP.exec(t);
  if (sep && !(t.slice(end, end + sep[0].length).includes('至') && /从/.test(t.slice(Math.max(0, start - 2), start)))) {
    const second = numberAt(t, end + sep[0].length);
    if (second) {
      let e2 = second.end;
      const unit2 = unitAt(t, e2);
      if (unit2 && (!unit || unit2.unit === unit.unit)) {
        e2 += unit2.surface.length;
        unit ??= unit2;
      }
      if (unit2 || unit) {
        // The second end's scale applies to the first when the first has none (1-2万).
        if (lo.place === 0 && second.numeral.place > 0 && cmp(lo.hi, second.numeral.lo) < 0 && cmp(shift(lo.hi, second.numeral.place), second.numeral.lo) <= 0) {
          lo = { lo: shift(lo.lo, second.numeral.place), hi: shift(lo.hi, second.numeral.place), place: second.numeral.place };
        }
        hi = second.numeral;
        end = e2;
      }
    }
  }
  if (!unit) {
    // A bare number is a figure only in a Chinese range or after a hedge; otherwise it is a name or noise.
    const hedge = endsWithAny(t, start, HEDGES_BEFORE);
    const chineseScaled = first.chinese && /[零〇一二两三四五六七八九]/.test(t.slice(i, first.end)) && /[万亿]/.test(t.slice(i, first.end));
    if (first.chinese && cmp(first.numeral.lo, first.numeral.hi) === 0 && !hedge && !chineseScaled) return { quantities: [], end };
    if (!first.chinese && !hedge && !/[亿万千]/.test(t.slice(i, first.end)) && !/从\s*$/.test(t.slice(Math.max(0, start - 2), start))) return { quantities: [], end };
  }
  const u = unit ?? { surface: '', unit: '', dimension: 'count', power: 0 };
  const unsigned: Numeral = hi
    ? { lo: shift(lo.lo, u.power), hi: shift(hi.hi, u.power), place: Math.min(lo.place, hi.place) + u.power }
    : { lo: shift(lo.lo, u.power), hi: shift(lo.hi, u.power), place: lo.place + u.power };
  const value: Numeral = negative && !hi ? { lo: neg(unsigned.hi), hi: neg(unsigned.lo), place: unsigned.place } : unsigned;

  // Hedges and direction words before the figure: 跌超5%, 缩水超过4600亿美元, 降至4.69万亿美元.
  let hedge: Hedge = hi || cmp(value.lo, value.hi) !== 0 ? 'range' : more ? 'more' : 'exact';
  let hedgeWord: string | undefined;
  const h = endsWithAny(t, start, HEDGES_BEFORE);
  let cursor = start;
  if (h) {
    hedgeWord = h[0];
    if (hedge === 'exact' || hedge === 'more') hedge = h[1];
    cursor -= h[0].length;
  }
  if (t.startsWith('左右', end)) {
    hedge = 'approx';
    hedgeWord = '左右';
    end += 2;
  } else if (t.startsWith('以上', end) && hedge === 'exact') {
    hedge = 'above';
    hedgeWord = '以上';
    end += 2;
  }
  // A bound on a negative figure (不足-5%) is not a form this reader understands: say nothing.
  if (negative && !['exact', 'approx', 'rhetoric'].includes(hedge)) return { quantities: [], end };
  const quantity: Quantity = {
    ...span(start, end),
    amount: hedge === 'range' ? null : toString(value.lo),
    ...interval(value, hedge),
    unit: u.unit,
    dimension: u.dimension,
    hedge,
    ...(hedgeWord ? { hedgeWord } : {}),
    precision: value.place,
  };
  // 突破 is both a hedge (above) and a direction word (reached going up).
  const level = endsWithAny(t, cursor, LEVEL_WORDS) ?? (hedgeWord === '突破' ? (['突破', 'up'] as [string, 'up']) : undefined);
  const change = level ? undefined : endsWithAny(t, cursor, CHANGE_WORDS);
  if (level) Object.assign(quantity, { direction: level[1], directionWord: level[0] });
  else if (change) quantity.change = change[1];

  // 从A…至B: A takes B's unit when it has none; B records A, the exact difference and the ratio.
  if (/从\s*$/.test(t.slice(Math.max(0, cursor - 2), cursor))) {
    const to = /^[\u4e00-\u9fff]{0,3}?[至到]/.exec(t.slice(end));
    const next = to ? quantityAt(t, end + to[0].length, span) : undefined;
    const target = next?.quantities[0];
    if (next && target) {
      let origin = quantity;
      if (!unit && next.unit) {
        const v = { lo: shift(lo.lo, next.unit.power), hi: shift(lo.hi, next.unit.power), place: lo.place + next.unit.power };
        origin = { ...quantity, unit: next.unit.unit, dimension: next.unit.dimension, amount: hedge === 'range' ? null : toString(v.lo), ...interval(v, hedge), precision: v.place };
      }
      if (target.amount && origin.amount) {
        const a = dec(origin.amount);
        const b = dec(target.amount);
        target.from = { amount: origin.amount, delta: toString(sub(b, a)), ratio: toString(div(b, a, 2)), surface: origin.surface };
        delete target.change;
        target.direction ??= cmp(b, a) >= 0 ? 'up' : 'down';
      }
      return { quantities: [{ ...origin, startOfChange: true }, ...next.quantities], end: next.end, unit: next.unit };
    }
  }
  return { quantities: [quantity], end, unit };
}
