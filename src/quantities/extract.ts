/**
 * Extract quantities and time expressions from a claim. Works on a normalised
 * copy (NFKC, lower case: full-width digits and ％ become ASCII) and maps every
 * span back to the text as written. Values are exact decimals (strings).
 * Policy (README, ../shared/docs/quantities.md): a bare number with no unit or
 * counter is not a figure; a form not understood gives nothing, never a part.
 */
import { normalizeForLinking } from '../core/match-text.ts';
import { type Decimal, add, cmp, dec, div, mul, neg, shift, sub, toString } from './decimal.ts';
import { CHANGE_WORDS, LEVEL_WORDS } from './direction-words.ts';
import { fractionAt } from './fractions.ts';
import { arabic, chinese, type Numeral, scaled, scalePower } from './numerals.ts';
import { type TimeContext, periodOf, timeAt } from './times.ts';
import { type UnitDef, perAt, perUnit, unitAt } from './units.ts';

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
  /** Span in the text as written (UTF-16 offsets) and its surface; a sign (-3.9%, 负3.9%) is part of it. */
  start: number;
  end: number;
  surface: string;
  /** The figure as it must be shown: the surface with the hedge words around it (不足20%, 超过了一千, 5%以下). */
  display: string;
  /** The figure as written, exact, in the canonical unit; null for a range. The interval is what it allows. */
  amount: string | null;
  unit: string;
  dimension: string;
  hedge: Hedge;
  hedgeWord?: string;
  /** Power of ten of the last written digit, in the canonical unit (1.2万亿 → 11). */
  precision: number;
  /** Written with a minus sign or 负: the amount and bounds are negative. */
  negative?: true;
  /** The figure is a change (缩水4600亿美元, 跌5.74%), not a level. */
  change?: 'up' | 'down';
  /** A direction word before a level (降至, 突破, 涨至): the level was reached by going up or down. */
  direction?: 'up' | 'down';
  directionWord?: string;
  /** For the end of 从A…至B: the start value, the exact difference and ratio, and the start's own time when written. */
  from?: { amount: string; delta: string; ratio: string; surface: string; time?: string };
  /** This figure is the start of 从A…至B; the next quantity is the end. */
  startOfChange?: true;
  /** The time written with this figure itself (从3月5日的1.2万元/吨涨至5月8日的1.5万元/吨). */
  time?: string;
  /** Readings disagree (增长两倍: ×3 strictly, ×2 colloquially). */
  ambiguous?: string;
}

export interface TimeExpression {
  start: number;
  end: number;
  surface: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-H1`/`YYYY-H2` or `YYYY-9M`, resolved against the reference date. */
  value: string;
  /** Resolved from a word (今年, 次日, 上半年) or a date without a year. */
  relative: boolean;
  /** The first and last day the value covers (inclusive); absent for fiscal years, whose calendar is the company's. */
  period?: { start: string; end: string };
  /** A fiscal year or quarter (2025财年, FY2025). */
  fiscal?: true;
  /** The base a change is measured against (较2019年同期增长15%, 比上月): not when the figures after it hold. */
  base?: true;
}

export interface Extraction {
  quantities: Quantity[];
  times: TimeExpression[];
  /** Figures whose sign cannot be told (下降-12.5%, 负增长5%): shown to nobody as a value, compared with nothing. */
  ambiguous: Quantity[];
}

export interface ExtractOptions {
  /** `YYYY-MM-DD` the relative times are resolved against (the article's date, or the last date the article named). */
  reference: string;
  /** Spans (UTF-16, in the text as written) that are names, not figures: 纳指100ETF(159660), 标普500. */
  skip?: readonly { start: number; end: number }[];
  /** What earlier claims of the article named: the last time (for 同期) and the last year written out (for 全年). */
  carried?: { last?: string; year?: number };
  /**
   * `YYYY-MM-DD` the article was published, when `reference` is a date it named: the year of a date
   * with none is read against this (10月8日 after 截至8月31日 in an article of October is this year's).
   */
  published?: string;
}

type Bound = [string, Hedge, boolean?];
/** 从A至B, 由A降至B, 由A调整为B: the start of a change is marked by 从 or 由 right before it. */
const FROM_MARK = /[从由]\s*$/;
/** The word ending a change at its second figure: 至, 到, or 为 after a verb of change (下调至, 调整为); shared with the checker. */
export const CHANGE_END = '(?:[至到]|(?<=[调整变改降升增减涨跌])为)';
/** …at most three characters of verb after the first figure. */
const TO_MARK = new RegExp(`^[\\u4e00-\\u9fff]{0,3}?${CHANGE_END}`);
/** Measures whose figures are bare numbers (库存系数为1.42, 指数报2505): a number right after one is a figure. */
const DIMENSIONLESS_BEFORE = /(?:系数|指数|PMI|CPI|PPI)(?:约为|为|是|达|报|录得|降至|升至|回落至|回升至|跌至|涨至|维持在|保持在)?\s*$/;
const sortLongest = <T extends [string, ...unknown[]]>(list: T[]): T[] => list.sort((a, b) => b[0].length - a[0].length);

/** Hedges before a figure; the third field marks a closed bound (至少10个 = [10, ∞)). */
const HEDGES_BEFORE: Bound[] = sortLongest<Bound>([
  ['远不止', 'above'], ['远超过', 'above'], ['远超', 'above'], ['不止', 'above'], ['超过', 'above'], ['超出', 'above'], ['突破', 'above'], ['逾', 'above'], ['超', 'above'],
  ['大于', 'above'], ['高于', 'above'], ['多于', 'above'],
  ['至少', 'above', true], ['最少', 'above', true], ['起码', 'above', true], ['不低于', 'above', true], ['不少于', 'above', true], ['不小于', 'above', true],
  ['不足', 'below'], ['不到', 'below'], ['跌破', 'below'], ['低于', 'below'], ['少于', 'below'], ['小于', 'below'], ['未满', 'below'], ['未达', 'below'], ['不及', 'below'],
  ['最多', 'below', true], ['至多', 'below', true], ['不超过', 'below', true], ['未超过', 'below', true], ['不高于', 'below', true], ['不大于', 'below', true],
  ['接近', 'near'], ['将近', 'near'], ['逼近', 'near'], ['近', 'near'],
  ['大约', 'approx'], ['大概', 'approx'], ['约合', 'approx'], ['约为', 'approx'], ['约', 'approx'],
  ['高达', 'rhetoric'], ['多达', 'rhetoric'], ['仅为', 'rhetoric'], ['仅', 'rhetoric'], ['只有', 'rhetoric'], ['达到', 'rhetoric'], ['达', 'rhetoric'],
]);

/** Hedges after a figure. */
const HEDGES_AFTER: Bound[] = sortLongest<Bound>([
  ['或以上', 'above', true], ['及以上', 'above', true], ['以上', 'above', true],
  ['或以下', 'below', true], ['及以下', 'below', true], ['以下', 'below', true], ['以内', 'below', true], ['之内', 'below', true],
  ['左右', 'approx'], ['上下', 'approx'],
]);

/** Numeral-led terms that are no figures: 三元锂电池, 三元材料, 二元结构, 一元化. */
const NUMERAL_TERMS = /三元(?=锂|电池|材料|正极|前驱体|体系|催化|聚合)|二元(?=结构|对立|论|化)|一元(?=化|论|复始|制)/y;

/** Words before a time that make it the reference a later figure is a share of: 恢复至2019年同期的九成. */
const REFERENCE_BEFORE = /(?:恢复至|恢复到|恢复为|相当于|回到|为|是)$/;

const ARABIC = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿几数点]+/y;
/** 千 before 米, 克, 瓦 … is part of the unit (12千米 is 12 km, not 12000 米). */
const ARABIC_SCALE = /万亿|万万|千亿|百亿|十亿|千万|百万|十万|亿|万|千(?![米克瓦帕卡伏赫焦])/y;
const SCALE_AFTER_MORE = /万亿|亿|万/y;
/** The scale of a later part of a mixed number (25万6千, 5亿1万4千6百). */
const PART_SCALE = /千万|百万|万|千|百|十/y;
/** Capital and traditional numerals right after a run: 七十八万五佰, 十多萬. This reader does not take them; the run gives nothing. */
const FOREIGN_NUMERALS = /[佰仟拾壹贰叁肆伍陆柒捌玖萬億兆又]/;
const RANGE_SEP = /\s*[-~～—–至到]\s*/y;
const BETWEEN_SEP = /\s*[与和及]\s*/y;
const PERCENT_OF = /百分之|千分之|万分之/y;
const PERCENT_OF_POWER: Record<string, number> = { 百分之: 0, 千分之: -1, 万分之: -2 };
/** Characters a hyphen follows when it joins (2-3年, 70%-80%, 2024-2025) rather than signs. */
const NOT_SIGN_BEFORE = /[0-9a-z.%‰)）\]】零〇一二两三四五六七八九十百千万亿几元倍年月日个家人股点成吨份台辆米克时度币镑郎布]/;
const MINUS = /[-−﹣]/;
const NUMBER_START = /[0-9零〇一二两三四五六七八九十百千几数]/;
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]+/g;
const PER_WORD = 'gpu小时|小时|吨|公斤|千克|千瓦时|度|辆|台|股|人|户|平方米|桶|盎司|天|月|年';
const PER_BEFORE = new RegExp(`(?:每(?:${PER_WORD}))+$`);
/** Characters a time or a figure can start with, by char code (all in the BMP: no string per character tested). */
const STARTS_CODES = new Set([...'0123456789零〇一二两三四五六七八九十百千万亿几数翻增负-−﹣今明去本前当同次翌上下全年第qf除大正初'].map((c) => c.charCodeAt(0)));

interface Parsed {
  numeral: Numeral;
  end: number;
  chinese: boolean;
  /** 500多, 十多万: the interval is [X, X + one unit of its last non-zero digit). */
  more?: true;
}

/** 多 and 余 add up to one unit of the last non-zero digit: 500多 = [500, 600), 5万多 = [5万, 6万). */
function more(n: Numeral): Numeral {
  return { lo: n.lo, hi: add(n.lo, shift(dec(1), n.lo.e)), place: n.lo.e };
}

/** 二十几, 20几: the 几 is one to nine units below the last digit. */
function several(n: Numeral): Numeral | undefined {
  if (n.lo.e < 1) return undefined;
  return { lo: add(n.lo, shift(dec(1), n.lo.e - 1)), hi: add(n.lo, shift(dec(9), n.lo.e - 1)), place: n.lo.e - 1 };
}

/** A number at `i` of normalised text `t`, with its scale word; `invalid` when the form is not understood. */
function numberAt(t: string, i: number): Parsed | { invalid: true; end: number } | undefined {
  ARABIC.lastIndex = i;
  let m = ARABIC.exec(t);
  let parsed: Parsed;
  if (m) {
    let numeral: Numeral | undefined = arabic(m[0]);
    let end = i + m[0].length;
    if (t[end] === '几' && !m[0].includes('.')) {
      numeral = several(numeral);
      if (!numeral) return { invalid: true, end: end + 1 };
      end++;
    }
    ARABIC_SCALE.lastIndex = end;
    const s = ARABIC_SCALE.exec(t);
    if (s) {
      numeral = scaled(numeral, s[0]);
      end += s[0].length;
      // 3万4000, 25万6千, 5亿1万4千6百, 1千零20: one number, its parts in falling places.
      let limit = scalePower(s[0])!;
      while (numeral && (/\d/.test(t[end] ?? '') || (t[end] === '零' && /\d/.test(t[end + 1] ?? '')))) {
        const zero = t[end] === '零';
        const at = zero ? end + 1 : end;
        ARABIC.lastIndex = at;
        const rest = ARABIC.exec(t)!;
        let restEnd = at + rest[0].length;
        let part: Numeral | undefined = arabic(rest[0]);
        PART_SCALE.lastIndex = restEnd;
        const s2 = PART_SCALE.exec(t);
        if (s2) {
          part = scaled(part, s2[0]);
          restEnd += s2[0].length;
        } else if (/^\d$/.test(rest[0]) && !zero) part = scaled(part, limit === 8 ? '千万' : limit === 4 ? '千' : limit === 3 ? '百' : '十'); // 2万3 = 23000
        else if (rest[0].length !== limit && !zero) return { invalid: true, end: restEnd }; // 3万4000, but not 2万35
        if (!part || /[.,]/.test(rest[0]) || cmp(part.lo, shift(dec(1), limit)) >= 0 || cmp(part.lo, dec(0)) === 0) return { invalid: true, end: restEnd };
        numeral = { lo: add(numeral.lo, part.lo), hi: add(numeral.hi, part.hi), place: part.place };
        end = restEnd;
        if (!s2) break;
        limit = scalePower(s2[0])!;
      }
      // 2千零30万: a scale after the parts would apply to all of them; not understood.
      if (/[万亿]/.test(t[end] ?? '') && numeral && cmp(numeral.lo, shift(dec(1), 4)) < 0 && !/[万亿]/.test(s[0])) return { invalid: true, end: end + 1 };
    }
    // 15k, 3.2k: a Latin suffix that is not a unit (15k is not 15).
    if (/[a-z]/.test(t[end] ?? '') && !unitAt(t, end)) return { invalid: true, end: end + 1 };
    if (!numeral) return { invalid: true, end };
    parsed = { numeral, end, chinese: false };
  } else {
    CHINESE.lastIndex = i;
    m = CHINESE.exec(t);
    if (!m) return undefined;
    // A trailing 点 is a unit (三千点), not a decimal point.
    const run = m[0].endsWith('点') ? m[0].slice(0, -1) : m[0];
    if (run === '') return undefined;
    const numeral = chinese(run);
    if (!numeral) return { invalid: true, end: i + run.length };
    parsed = { numeral, end: i + run.length, chinese: true };
  }
  // 七十八万五佰, 一又二分之一, 一百万分之五 not read as a fraction: nothing, not the part before.
  if ((FOREIGN_NUMERALS.test(t[parsed.end] ?? '') && !unitAt(t, parsed.end)) || t.startsWith('分之', parsed.end) || t.startsWith('点', parsed.end) && /[一二三四五六七八九两]/.test(t[parsed.end + 1] ?? '')) return { invalid: true, end: parsed.end + 1 };
  if (t[parsed.end] === '多' || t[parsed.end] === '余') {
    const n = more(parsed.numeral);
    SCALE_AFTER_MORE.lastIndex = parsed.end + 1;
    const s = SCALE_AFTER_MORE.exec(t);
    if (FOREIGN_NUMERALS.test(t[parsed.end + 1] ?? '') && !unitAt(t, parsed.end + 1)) return { invalid: true, end: parsed.end + 2 };
    if (s) {
      // 500多亿, 十多万: the scale after 多 applies to the whole.
      const whole = scaled(n, s[0]);
      if (!whole || /[万亿]/.test(t.slice(i, parsed.end))) return { invalid: true, end: parsed.end + 1 + s[0].length };
      return { numeral: whole, end: parsed.end + 1 + s[0].length, chinese: parsed.chinese, more: true };
    }
    return { numeral: n, end: parsed.end + 1, chinese: parsed.chinese, more: true };
  }
  return parsed;
}

function endsWithAny<T extends [string, ...unknown[]]>(t: string, at: number, words: readonly T[]): T | undefined {
  return words.find(([w]) => t.endsWith(w, at));
}

/** Where the words before a figure end: before a 了 or a space (超过了一千, 增长了 5%). */
function wordsEnd(t: string, at: number): number {
  let k = at;
  while (k > 0 && t[k - 1] === ' ') k--;
  if (t[k - 1] === '了') k--;
  return k;
}

const s = (d: Decimal) => toString(d);

/** Interval of a hedged figure. */
function interval(n: Numeral, hedge: Hedge, closed = false): Interval {
  const half = shift(dec(5), n.place - 1);
  switch (hedge) {
    case 'below':
      return { lower: '0', upper: s(n.hi), lowerOpen: false, upperOpen: !closed };
    case 'above':
      return { lower: s(n.lo), upper: null, lowerOpen: !closed, upperOpen: true };
    case 'near':
      return { lower: s(mul(n.lo, dec('0.9'))), upper: s(n.hi), lowerOpen: false, upperOpen: true };
    case 'approx':
      return { lower: s(sub(n.lo, half)), upper: s(add(n.hi, half)), lowerOpen: false, upperOpen: false };
    case 'more':
      return { lower: s(n.lo), upper: s(n.hi), lowerOpen: false, upperOpen: true };
    default:
      return { lower: s(n.lo), upper: s(n.hi), lowerOpen: false, upperOpen: false };
  }
}

/** n + ½ of the unit at `power` (两米半 = 2.5米). */
function plusHalf(n: Numeral, power: number): Numeral {
  const half = shift(dec(5), power - 1);
  return { lo: add(n.lo, half), hi: add(n.hi, half), place: Math.min(n.place, power - 1) };
}

/** −n: a number written with a minus sign. */
function negatedNumeral(n: Numeral): Numeral {
  return { lo: neg(n.hi), hi: neg(n.lo), place: n.place };
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const { text: t, origin } = normalizeForLinking(text);
  const [year, month] = (options.published ?? options.reference).split('-').map(Number) as [number, number];
  const ref: TimeContext = { date: options.reference, year, month, ...(options.carried?.last ? { last: options.carried.last } : {}), ...(options.carried?.year ? { articleYear: options.carried.year } : {}) };
  const quantities: Quantity[] = [];
  const ambiguous: Quantity[] = [];
  const times: TimeExpression[] = [];
  const span: Spanner = (start, end) => ({ start: origin[start]!, end: origin[end]!, surface: text.slice(origin[start]!, origin[end]!) });
  const urls = [...t.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // Positions inside a name or a URL, marked once (tested per character).
  const skip = new Uint8Array(t.length);
  for (const x of urls) skip.fill(1, x.start, x.end);
  for (const x of options.skip ?? []) for (let i = 0; i < t.length; i++) if (origin[i]! >= x.start && origin[i]! < x.end) skip[i] = 1;
  const skipped = (i: number) => skip[i] === 1;
  const addTime = (start: number, found: { end: number; value: string; relative: boolean; fiscal?: true }) => {
    const period = found.fiscal ? undefined : periodOf(found.value);
    // A reference point a figure is a share of is a base too (恢复至2019年同期的九成, 为2019年的105%), and so is a
    // time right after a base (2019年 + 同期).
    const previous = times.at(-1);
    const base =
      /(?:较|比|相比|相较|对比|相对于?)(?:于)?$/.test(t.slice(Math.max(0, start - 4), start)) ||
      /^(?:相比|比较|相较)/.test(t.slice(found.end, found.end + 2)) ||
      (REFERENCE_BEFORE.test(t.slice(Math.max(0, start - 4), start)) && /^(?:同期)?(?:水平)?的/.test(t.slice(found.end, found.end + 5))) ||
      (previous?.base === true && origin[start] === previous.end);
    const time: TimeExpression = { ...span(start, found.end), value: found.value, relative: found.relative, ...(period ? { period } : {}), ...(found.fiscal ? { fiscal: true as const } : {}), ...(base ? { base: true as const } : {}) };
    times.push(time);
    ref.last = found.value;
    // A year written out (2024年, 去年) is the year of the period words after it in the claim (…年报，全年营收).
    if (!found.relative || /(?:今|明|去|上|前|本)年/.test(t.slice(start, found.end))) ref.lastYear = Number(found.value.slice(0, 4));
    if (/^\d{4}-\d{2}/.test(found.value) && !/-(?:Q|H|9M)/.test(found.value)) ref.lastMonth = found.value.slice(0, 7);
    if (/^\d{4}-\d{2}-\d{2}$/.test(found.value)) ref.date = found.value;
    return { start, end: found.end, value: found.value };
  };
  const context: Context = { t, span, ref, addTime };

  let i = 0;
  while (i < t.length) {
    if (skipped(i)) {
      i++;
      continue;
    }
    // Most characters start neither a time nor a figure: skip them without trying every pattern.
    if (!STARTS_CODES.has(t.charCodeAt(i))) {
      i++;
      continue;
    }
    // Time expressions first: 2024年11月 is a time, not a count of years.
    const time = timeAt(t, i, ref);
    if (time) {
      context.lastTime = addTime(i, time);
      i = time.end;
      continue;
    }
    const q = quantityAt(context, i);
    if (q) {
      for (const x of q.quantities) (x.ambiguous && x.amount === null && x.lower === null ? ambiguous : quantities).push(x);
      i = Math.max(q.end, i + 1);
      continue;
    }
    i++;
  }
  return { quantities, times, ambiguous };
}

type Spanner = (start: number, end: number) => { start: number; end: number; surface: string };

interface Context {
  t: string;
  span: Spanner;
  ref: TimeContext;
  addTime: (start: number, found: { end: number; value: string; relative: boolean; fiscal?: true }) => { start: number; end: number; value: string };
  /** The last time expression read, in the normalised text. */
  lastTime?: { start: number; end: number; value: string };
}

interface Core {
  numeral: Numeral;
  end: number;
  /** Where the number ends, before its unit. */
  numberEnd?: number;
  chinese: boolean;
  more?: true;
  unit?: UnitDef;
  /** Read as a percent of (百分之, 分之): the unit is part of the number. */
  ofWhole?: true;
  /** The interval only brackets an exact value with no finite decimal (三分之一). */
  bracket?: true;
  /** A half after the unit (一年半, 三个半月). */
  half?: true;
}

/** The number and unit at `i`: 百分之二十, 三分之一, 1.2万元/吨, 2成. */
function coreAt(t: string, i: number): Core | { invalid: true; end: number } | undefined {
  const fraction = fractionAt(t, i);
  if (fraction) return 'invalid' in fraction ? fraction : { ...fraction, chinese: true, ofWhole: true, unit: { surface: '', unit: 'percent', dimension: 'ratio', power: 0 } };
  PERCENT_OF.lastIndex = i;
  const of = PERCENT_OF.exec(t);
  if (of) {
    const n = numberAt(t, i + 3);
    if (!n || 'invalid' in n) return n ?? { invalid: true, end: i + 3 };
    const power = PERCENT_OF_POWER[of[0]]!;
    return { ...n, ofWhole: true, unit: { surface: '', unit: 'percent', dimension: 'ratio', power } };
  }
  const n = numberAt(t, i);
  if (!n || 'invalid' in n) return n;
  // 三个半月, 一个半小时: a half after the counter.
  const halfMonths = /个半(月|小时)/y;
  halfMonths.lastIndex = n.end;
  const hm = halfMonths.exec(t);
  if (hm) return { ...n, numeral: plusHalf(n.numeral, 0), unit: unitAt(hm[1] === '月' ? '个月' : '小时', 0)!, numberEnd: n.end, end: n.end + hm[0].length, half: true };
  let unit = unitAt(t, n.end);
  if (unit?.dimension === 'unknown-rate') return { invalid: true, end: n.end + unit.surface.length };
  // 成 counts tenths only after a small number: 2成, 三成, not 2025成.
  if (unit?.surface === '成' && cmp(n.numeral.hi, dec(10)) > 0) return { ...n };
  // 四点 is a time of day more often than an index level: 点 counts points after Arabic digits or 千 / 万.
  if (unit?.unit === 'point' && n.chinese && !/[千万]/.test(t.slice(i, n.end))) return { invalid: true, end: n.end + 1 };
  if (!unit) return n;
  let end = n.end + unit.surface.length;
  let numeral = n.numeral;
  let half = false;
  if (t[end] === '半' && unit.dimension !== 'ratio' || unit.surface === '成' && t[end] === '半') {
    // 两米半, 三年半, 三成半: half a unit more.
    numeral = plusHalf(numeral, 0);
    half = true;
    end++;
  } else if (unit.surface === '成' && /[一二三四五六七八九]/.test(t[end] ?? '')) {
    // 七成六 = 76%.
    numeral = { lo: add(numeral.lo, shift(dec('一二三四五六七八九'.indexOf(t[end]!) + 1), -1)), hi: add(numeral.hi, shift(dec('一二三四五六七八九'.indexOf(t[end]!) + 1), -1)), place: -1 };
    end++;
  } else if (unit.unit === 'CNY' && unit.surface === '元') {
    // 五元三毛, 50元6角三分: 角 (毛) and 分 are tenths and hundredths of a 元.
    const jiao = /([0-9]|[一二两三四五六七八九])[角毛](?:([0-9]|[一二两三四五六七八九])分)?|(零)?([0-9]|[一二两三四五六七八九])分(?!之|钟)/y;
    jiao.lastIndex = end;
    const j = jiao.exec(t);
    if (j) {
      const digit = (c: string | undefined) => (c === undefined ? 0 : /\d/.test(c) ? Number(c) : '一二三四五六七八九'.indexOf(c) + 1 || 2);
      const cents = dec(digit(j[1]) * 10 + digit(j[2]) + digit(j[4]));
      const add2 = shift(cents, -2);
      numeral = { lo: add(numeral.lo, add2), hi: add(numeral.hi, add2), place: j[2] || j[4] ? -2 : -1 };
      end += j[0].length;
    }
  }
  if (t[end] === '又') return { invalid: true, end: end + 1 }; // 两美元又三美分
  return { ...n, numeral, unit, numberEnd: n.end, end, ...(half ? { half: true as const } : {}) };
}

function quantityAt(c: Context, i: number): { quantities: Quantity[]; end: number; unit?: UnitDef } | undefined {
  const { t, span } = c;
  const before = t[i - 1] ?? '';
  // Part of a Latin name or code (H100, Q1, 018966), an ordinal (第一), a URL parameter (q=30%25) or a version (v1.2).
  // A Chinese numeral before means the middle of a run, which is read from its start or not at all.
  if (/[a-z0-9.=&?/#@_]/.test(before) || before === '第' || before === '每' || FOREIGN_NUMERALS.test(before) || /[零〇一二两三四五六七八九十百千万亿几数点]/.test(before)) return undefined;

  // Terms that open with a numeral and 元 and are no money (三元电池 is a ternary battery, 一元化 a unification).
  NUMERAL_TERMS.lastIndex = i;
  const term = NUMERAL_TERMS.exec(t);
  if (term) return { quantities: [], end: i + term[0].length };

  // Multiples written as words.
  const multiple = /翻了?两番|翻了?一番|翻番|翻了?一倍|翻倍|增长两倍/y;
  multiple.lastIndex = i;
  const mm = multiple.exec(t);
  if (mm) {
    const factor = /两番/.test(mm[0]) ? '4' : mm[0] === '增长两倍' ? '3' : '2';
    const q: Quantity = { ...span(i, i + mm[0].length), display: span(i, i + mm[0].length).surface, amount: factor, lower: factor, upper: factor, lowerOpen: false, upperOpen: false, unit: 'times', dimension: 'multiple', hedge: 'exact', precision: 0, change: 'up' };
    if (mm[0] === '增长两倍') Object.assign(q, { ambiguous: '增长两倍: ×3 strictly (grew by two times), ×2 colloquially', lower: '2', upper: '3', amount: null, hedge: 'range' });
    return { quantities: [q], end: i + mm[0].length };
  }

  // A sign: -3.9%, 同比-35.2%, 负3.9%, 负百分之十三 (a hyphen after a number or unit joins a range instead).
  const start = i;
  let negative = false;
  if ((MINUS.test(t[i]!) && !NOT_SIGN_BEFORE.test(before)) || (t[i] === '负' && t[i + 1] !== '增')) {
    if (!NUMBER_START.test(t[i + 1] ?? '') && !t.startsWith('百分之', i + 1)) return undefined;
    negative = true;
    i++;
  }

  const first = coreAt(t, i);
  if (!first) return undefined;
  if ('invalid' in first) return { quantities: [], end: first.end };
  let end = first.end;
  let lo = negative ? negatedNumeral(first.numeral) : first.numeral;
  let hi: Numeral | undefined;
  let unit = first.unit;
  const hedgeAt = wordsEnd(t, start);
  let hedgeBefore = endsWithAny(t, hedgeAt, HEDGES_BEFORE);

  // A range: 70%-80%, 2-3年, 200至600倍, 1-2个月, 2-3成; or X与Y之间.
  let between = false;
  RANGE_SEP.lastIndex = end;
  let sep = RANGE_SEP.exec(t);
  const fromBefore = FROM_MARK.test(t.slice(Math.max(0, start - 2), start));
  if (sep && sep[0].includes('至') && fromBefore) sep = null;
  // 增加12亿元至150亿元: a change and the level it reached, not a range; 下降3至5个百分点, whose start has
  // no unit of its own, is a range.
  const wordsAt = hedgeBefore ? wordsEnd(t, hedgeAt - hedgeBefore[0].length) : hedgeAt;
  if (sep && unit && /[至到]/.test(sep[0]) && !endsWithAny(t, wordsAt, LEVEL_WORDS) && endsWithAny(t, wordsAt, CHANGE_WORDS)) sep = null;
  if (!sep) {
    BETWEEN_SEP.lastIndex = end;
    sep = BETWEEN_SEP.exec(t);
    between = sep !== null;
  }
  if (sep) {
    let at = end + sep[0].length;
    // The second end may have its own sign: -5%至-3%, -3%至5%.
    const secondNegative = (MINUS.test(t[at] ?? '') || t[at] === '负') && NUMBER_START.test(t[at + 1] ?? '');
    if (secondNegative) at++;
    const second = coreAt(t, at);
    const betweenEnd = second && !('invalid' in second) ? /^\s*之间/.exec(t.slice(second.end)) : null;
    if (second && !('invalid' in second) && (!between || betweenEnd) && !first.more && !second.more) {
      const unit2 = second.unit;
      if ((unit2 || unit) && (!unit || !unit2 || unit2.unit === unit.unit)) {
        unit ??= unit2;
        const upper = secondNegative ? negatedNumeral(second.numeral) : second.numeral;
        // The second end's scale applies to the first when the first has none (1-2万).
        if (!negative && !secondNegative && lo.place === 0 && upper.place > 0 && cmp(lo.hi, upper.lo) < 0 && cmp(shift(lo.hi, upper.place), upper.lo) <= 0) {
          lo = { lo: shift(lo.lo, upper.place), hi: shift(lo.hi, upper.place), place: upper.place };
        }
        // 2024-2025年 is a span of years, not a count; an inverted range is not understood.
        if (cmp(lo.lo, upper.hi) > 0 || (unit?.unit === 'year' && /^(?:19|20)\d{2}$/.test(t.slice(i, first.end)))) return { quantities: [], end: second.end };
        hi = upper;
        end = second.end + (betweenEnd ? betweenEnd[0].length : 0);
      }
    }
  }
  // 每吨1.2万元 (and 每吨3000-3500元, whose unit is the range's), 每小时8美元: a rate written before the figure.
  const perText = t.slice(Math.max(0, hedgeAt - 12), hedgeAt - (hedgeBefore?.[0].length ?? 0));
  const per = PER_BEFORE.exec(perText);
  if (unit && per && !unit.surface.includes('/')) {
    // 每人每月3000元: each 每 in turn (CNY/person/month).
    for (const word of per[0].split('每').filter(Boolean)) {
      const key = perAt(word, 0);
      if (key) unit = perUnit(unit, unit.surface, key[1]);
    }
  }
  // 近五年, 近3个月: the recent years or months, a period of reference, not a duration figure.
  if (hedgeBefore?.[0] === '近' && unit?.dimension === 'duration' && !hi) return { quantities: [], end };
  // 千瓦, 百人会, 千家万户, 万人空巷: scale words alone are a figure only after a hedge (近千家, 上万人); 十万人 and 十多万 are figures.
  if (first.chinese && !first.ofWhole && /^[百千万亿]+$/.test(t.slice(i, first.numberEnd ?? first.end)) && !hedgeBefore) return { quantities: [], end: first.end };
  // A lone 一 is an article (有一天, 一家公司), not a figure.
  if (first.chinese && !first.ofWhole && !first.half && t.slice(i, first.numberEnd ?? first.end) === '一' && !hi && !hedgeBefore) return { quantities: [], end: first.end };
  let hedgeAfter = !hi ? HEDGES_AFTER.find(([w]) => t.startsWith(w, end)) : undefined;
  if (!unit) {
    // A bare number is a figure only when approximate in Chinese, scaled, hedged or the start of 从A至B; otherwise it is a name or noise.
    const written = t.slice(i, first.end);
    const hedged = hedgeBefore || hedgeAfter;
    const chineseScaled = first.chinese && /[零〇一二两三四五六七八九]/.test(written) && /[万亿]/.test(written);
    // 十七八万, 三五百, 十几 are figures; a final pair alone (十四五, 两三) needs a unit: 十四五 is a plan, not 14–15.
    const approximate = first.chinese && (cmp(lo.lo, lo.hi) !== 0 || first.more) && (/[万亿几数]|[十百千]$/.test(written) || first.more);
    const arabicScaled = !first.chinese && /[亿万千]/.test(written);
    const ofIndex = DIMENSIONLESS_BEFORE.test(t.slice(Math.max(0, start - 8), start));
    if (!hedged && !chineseScaled && !approximate && !arabicScaled && !fromBefore && !ofIndex) return { quantities: [], end };
  }
  const u = unit ?? { surface: '', unit: '', dimension: 'count', power: 0 };
  const value: Numeral = hi
    ? { lo: shift(lo.lo, u.power), hi: shift(hi.hi, u.power), place: Math.min(lo.place, hi.place) + u.power }
    : { lo: shift(lo.lo, u.power), hi: shift(lo.hi, u.power), place: lo.place + u.power };

  // Hedges and direction words before the figure: 跌超5%, 缩水超过4600亿美元, 降至4.69万亿美元.
  let hedge: Hedge = hi || (cmp(value.lo, value.hi) !== 0 && !first.bracket) ? (first.more ? 'more' : 'range') : 'exact';
  let hedgeWord: string | undefined;
  let closed = false;
  let cursor = start;
  if (hedgeBefore) {
    hedgeWord = hedgeBefore[0];
    if (hedge === 'exact' || hedge === 'more') {
      hedge = hedgeBefore[1];
      closed = hedgeBefore[2] === true;
    }
    cursor = hedgeAt - hedgeBefore[0].length;
  }
  if (hedgeAfter) {
    // 达到七成以上: the bound after the figure says more than the rhetoric before it.
    if (hedge === 'exact' || hedge === 'rhetoric') {
      hedge = hedgeAfter[1];
      closed = hedgeAfter[2] === true;
      hedgeWord = hedgeAfter[0];
    } else if (hedge !== hedgeAfter[1]) return { quantities: [], end: end + hedgeAfter[0].length }; // 不足5%以上: not understood
    end += hedgeAfter[0].length;
  }
  // A negative figure keeps its sign; with a bound (超过-5%) it is not understood here.
  if ((negative || cmp(value.lo, dec(0)) < 0) && !['exact', 'approx', 'rhetoric', 'range'].includes(hedge)) return { quantities: [], end };
  const own = interval(value, hedge, closed);
  const changeAt = cursor === start ? wordsEnd(t, start) : cursor;
  const quantity: Quantity = {
    ...span(start, end),
    display: span(cursor, end).surface,
    amount: hedge === 'range' || hedge === 'more' || first.bracket ? null : s(value.lo),
    ...own,
    unit: u.unit,
    dimension: u.dimension,
    hedge,
    ...(hedgeWord ? { hedgeWord } : {}),
    precision: value.place,
    ...(negative ? { negative: true as const } : {}),
  };
  if (hedge === 'more') quantity.amount = null;
  // 突破 is both a hedge (above) and a direction word (reached going up).
  const level = endsWithAny(t, changeAt, LEVEL_WORDS) ?? (hedgeWord === '突破' ? (['突破', 'up'] as [string, 'up']) : hedgeWord === '跌破' ? (['跌破', 'down'] as [string, 'down']) : undefined);
  const change = level ? undefined : endsWithAny(t, changeAt, CHANGE_WORDS);
  if (level) Object.assign(quantity, { direction: level[1], directionWord: level[0] });
  else if (change) quantity.change = change[1];
  // 下降-12.5%, 负增长5%: a fall written with a minus, or a negative growth: the sign cannot be told.
  if ((negative && change?.[1] === 'down') || /负增长$/.test(t.slice(0, changeAt))) {
    Object.assign(quantity, { ambiguous: `${negative ? 'a fall written with a minus' : '负增长'}: the sign cannot be told`, amount: null, lower: null, upper: null, lowerOpen: true, upperOpen: true });
    delete quantity.change;
    return { quantities: [quantity], end };
  }

  // 从A…至B: A takes B's unit when it has none; B records A, the exact difference and the ratio.
  // Each end may carry its own time: 从3月5日的1.2万元/吨涨至5月8日的1.5万元/吨.
  const gap = t.slice(c.lastTime?.end ?? 0, cursor).replace(PER_BEFORE, '');
  const ownTime = c.lastTime && FROM_MARK.test(t[c.lastTime.start - 1] ?? '') && /^的?\s*$/.test(gap) ? c.lastTime : undefined;
  if (FROM_MARK.test(t.slice(Math.max(0, cursor - 2), cursor)) || ownTime) {
    if (ownTime) quantity.time = ownTime.value;
    const to = TO_MARK.exec(t.slice(end));
    let at = to ? end + to[0].length : -1;
    const timeStart = at;
    const found = to ? timeAt(t, at, c.ref) : undefined;
    if (found) at = found.end + (t[found.end] === '的' ? 1 : 0);
    const next = to ? quantityAt(c, at) : undefined;
    const target = next?.quantities[0];
    if (next && target) {
      // The end's own time is recorded only when the end is read (else the main loop reads it in turn).
      if (found) target.time = c.addTime(timeStart, found).value;
      // 从每吨10万元跌至7.5万元: the rate of the start is the rate of the end.
      if (per && unit && target.unit && unit.unit.startsWith(`${target.unit}/`)) {
        Object.assign(target, { unit: unit.unit, dimension: unit.dimension });
      }
      let startQ = quantity;
      if (!unit && next.unit) {
        const v = { lo: shift(lo.lo, next.unit.power), hi: shift(lo.hi, next.unit.power), place: lo.place + next.unit.power };
        const iv = interval(v, hedge);
        startQ = { ...quantity, unit: next.unit.unit, dimension: next.unit.dimension, amount: hedge === 'range' ? null : s(v.lo), ...iv, precision: v.place };
      }
      if (target.amount && startQ.amount && target.unit === startQ.unit && cmp(dec(startQ.amount), dec(0)) !== 0) {
        const a = dec(startQ.amount);
        const b = dec(target.amount);
        target.from = { amount: startQ.amount, delta: s(sub(b, a)), ratio: s(div(b, a, 2)), surface: startQ.surface, ...(startQ.time ? { time: startQ.time } : {}) };
        delete target.change;
        target.direction ??= cmp(b, a) >= 0 ? 'up' : 'down';
      }
      return { quantities: [{ ...startQ, startOfChange: true }, ...next.quantities], end: next.end, unit: next.unit };
    }
  }
  return { quantities: [quantity], end, unit };
}
