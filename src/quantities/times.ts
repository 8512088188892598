/**
 * Time expressions of news claims, on the normalised text (NFKC, lower case):
 * dates, months, quarters, halves (上半年), the first three quarters (前三季度,
 * Q1-Q3, 1-9月), whole years (全年, 2025财年), year start and end (年初, 年底),
 * and words relative to the article's date or to the last date named (当日,
 * 次日, 当月, 上月, 同期, 去年同期).
 *
 * Values: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-H1` / `YYYY-H2`
 * (halves), `YYYY-9M` (January to September), `YYYY-YTDnn` (January to month nn: 1-10月) and
 * `YYYY-MM-D1` … `D3` (上旬, 中旬, 下旬: days 1-10, 11-20, 21 to the month's end), `YYYY-MM-W1` … `W5`
 * (第1周 … 第5周 of the month: days 1-7, 8-14 …). `period` gives the
 * same as dates, first and last day inclusive.
 */

/** Holidays and travel seasons: periods of their year, whatever day of them is written (2025年春运 is not 2025年). */
/** A period that happens once (首日票房, 上映首周, 开售首月): a time, the scope of its figure, never a name or a subject. */
export const ONCE_PERIOD = /首(?:日|周|月|映日?|发日|销日|播日)/;

export const HOLIDAYS = ['春运', '暑运', '国庆中秋假期', '国庆假期', '中秋假期', '春节假期', '五一假期', '劳动节假期', '清明假期', '端午假期', '元旦假期', '十一黄金周', '黄金周', '国庆黄金周', '春节', '暑期', '寒假', '暑假', '国庆', '五一', '贺岁', '元旦', '清明', '端午', '中秋'];

/** What relative words resolve against. */
export interface TimeContext {
  /** `YYYY-MM-DD`: the article's date, or the last full date named. */
  date: string;
  /** The article's year and month (the reference's, when no publication date is given). */
  year: number;
  month: number;
  /** The last time named before this one (for 同期 and 去年同期). */
  last?: string;
  /** The last month named (`YYYY-MM`), for 当月 and 次月. */
  lastMonth?: string;
  /** The last year written out in this claim (2024年年报，全年… is 2024's year). */
  lastYear?: number;
  /** The last year an earlier claim of the article wrote out: the year of a 全年 with none of its own. */
  articleYear?: number;
}

export interface TimeFound {
  end: number;
  value: string;
  relative: boolean;
  fiscal?: true;
}

const pad = (s: string | number) => String(s).padStart(2, '0');
const CN_QUARTER = '一二三四';
const CN_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * A month without a year belongs to the reference year, unless that puts it well after the reference.
 * After a date the article named in an earlier year (2023年5月1日…。6月1日…), it goes on from that date.
 */
function yearFor(ref: TimeContext, month: number): number {
  const [namedYear, namedMonth] = ref.date.split('-').map(Number) as [number, number];
  if (namedYear < ref.year) return month >= namedMonth ? namedYear : namedYear + 1;
  return month > ref.month + 1 ? ref.year - 1 : ref.year;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + k;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The same period a year earlier: 2025-H1 → 2024-H1. */
function yearEarlier(value: string): string {
  return `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
}

/** Period words after a year (or alone, in the reference year): the value's suffix. */
const PERIOD = /上半年|下半年|前三季度|前3季度|全年|年初|年底|年末|第?([一二三四1-4])季度|q([1-4])(?:\s*[-~至到]\s*q([1-4]))?|1\s*[-~至到]\s*(1[0-2]|[2-9])月|前(1[0-2]|[2-9]|[二三四五六七八九]|十[一二]?)个月/y;

function periodSuffix(t: string, i: number): { end: number; suffix: string; quarter?: number } | undefined {
  PERIOD.lastIndex = i;
  const m = PERIOD.exec(t);
  if (!m) return undefined;
  const w = m[0];
  let suffix: string | undefined;
  if (w === '上半年') suffix = '-H1';
  else if (w === '下半年') suffix = '-H2';
  else if (w === '前三季度' || w === '前3季度') suffix = '-9M';
  else if (w === '全年') suffix = '';
  else if (w === '年初') suffix = '-01';
  else if (w === '年底' || w === '年末') suffix = '-12';
  else if (m[1]) suffix = `-Q${CN_QUARTER.includes(m[1]) ? CN_QUARTER.indexOf(m[1]) + 1 : m[1]}`;
  else if (m[2]) {
    const a = Number(m[2]);
    const b = m[3] ? Number(m[3]) : a;
    // Q1-Q2 is the first half, Q1-Q3 the first nine months; other spans of quarters have no value here.
    if (a === b) suffix = `-Q${a}`;
    else if (a === 1) suffix = ({ 2: '-H1', 3: '-9M', 4: '' } as Record<number, string>)[b];
  } else if (m[4] || m[5]) {
    // 1-9月, 前9个月: January to month N. Q1, H1, 9M and the year have their own values; other months are `YTDnn`.
    const n = m[4] ? Number(m[4]) : /\d/.test(m[5]!) ? Number(m[5]) : CN_MONTHS.indexOf(m[5]!) + 1;
    suffix = ({ 3: '-Q1', 6: '-H1', 9: '-9M', 12: '' } as Record<number, string>)[n] ?? `-YTD${pad(n)}`;
  }
  if (suffix === undefined) return undefined;
  // 一季度末, 上半年末, 三季度底: the end of the period is its last month (a balance at 3月末).
  const edge = /^-(?:Q([1-4])|H([12]))$/.exec(suffix);
  if (edge && /[末底]/.test(t[i + w.length] ?? '')) return { end: i + w.length + 1, suffix: `-${pad(edge[1] ? Number(edge[1]) * 3 : Number(edge[2]) * 6)}`, ...(edge[1] ? { quarter: Number(edge[1]) } : {}) };
  return { end: i + w.length, suffix };
}

const YEAR_WORDS: Record<string, number> = { 今年: 0, 本年: 0, 明年: 1, 去年: -1, 上年: -1, 前年: -2 };

type Pattern = [RegExp, (m: RegExpExecArray, ref: TimeContext) => [string, boolean] | undefined];

const DEKADS = '上中下';
/** A dekad's value: `2025-03-D1` is 2025年3月上旬. */
export const DEKAD = /^(\d{4})-(\d{2})-D([123])$/;
/** A week of a month: `2025-01-W2` is 2025年1月第2周 (its days 8 to 14). */
export const WEEK = /^(\d{4})-(\d{2})-W([1-5])$/;
const weekNumber = (w: string) => ('一二三四五'.includes(w) ? '一二三四五'.indexOf(w) + 1 : Number(w));

const PATTERNS: Pattern[] = [
  [/(\d{4})年(\d{1,2})月([上中下])旬/y, (m) => [`${m[1]}-${pad(m[2]!)}-D${DEKADS.indexOf(m[3]!) + 1}`, false]],
  [/(\d{1,2})月([上中下])旬/y, (m, ref) => [`${yearFor(ref, Number(m[1]))}-${pad(m[1]!)}-D${DEKADS.indexOf(m[2]!) + 1}`, true]],
  [/(\d{4})年(\d{1,2})月第([1-5一二三四五])周/y, (m) => [`${m[1]}-${pad(m[2]!)}-W${weekNumber(m[3]!)}`, false]],
  [/(\d{1,2})月第([1-5一二三四五])周/y, (m, ref) => [`${yearFor(ref, Number(m[1]))}-${pad(m[1]!)}-W${weekNumber(m[2]!)}`, true]],
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/y, (m) => [`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, false]],
  [/(\d{4})年(\d{1,2})月/y, (m) => [`${m[1]}-${pad(m[2]!)}`, false]],
  [/([〇零一二三四五六七八九]{4})年/y, (m) => [[...m[1]!].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''), false]],
  [/(今年|明年|去年)(\d{1,2})月/y, (m, ref) => [`${ref.year + YEAR_WORDS[m[1]!]!}-${pad(m[2]!)}`, true]],
  [/(\d{1,2})月(\d{1,2})日/y, (m, ref) => [`${yearFor(ref, Number(m[1]))}-${pad(m[1]!)}-${pad(m[2]!)}`, true]],
  [/(\d{1,2})月(?:份(?!额)|末|底|初)?(?!份额)/y, (m, ref) => [`${yearFor(ref, Number(m[1]))}-${pad(m[1]!)}`, true]],
  [/去年同期|上年同期/y, (_m, ref) => [ref.last ? yearEarlier(ref.last) : String(ref.year - 1), true]],
  [/同期/y, (_m, ref) => (ref.last ? [ref.last, true] : undefined)],
  [/今年|本年/y, (_m, ref) => [String(ref.year), true]],
  [/明年/y, (_m, ref) => [String(ref.year + 1), true]],
  [/去年|上年/y, (_m, ref) => [String(ref.year - 1), true]],
  [/当日|当天|同日|同一天/y, (_m, ref) => [ref.date, true]],
  [/次日|翌日/y, (_m, ref) => [addDays(ref.date, 1), true]],
  [/当月|同月|本月/y, (_m, ref) => [ref.lastMonth ?? ref.date.slice(0, 7), true]],
  [/次月|下月|下个月/y, (_m, ref) => [addMonths(ref.lastMonth ?? ref.date.slice(0, 7), 1), true]],
  [/上月|上个月/y, (_m, ref) => [addMonths(ref.lastMonth ?? ref.date.slice(0, 7), -1), true]],
];

/**
 * 正月初一 (the first day of the Spring Festival) by year, from the Chinese calendar. Outside these
 * years 除夕 and 大年初N are not read: a date not known is no date.
 */
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01',
  2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03',
};
const LUNAR_DAY = /(除夕|(?:大年|正月)?初([一二三四五六七八九十]))/y;
/** 初四 alone is a festival day only after a range word or where the claim already spoke of the festival. */
const FESTIVAL_BEFORE = /(?:除夕|大年|正月|春节)/;

/** 除夕, 大年初一 … 初十: days of the Spring Festival in the reference year. */
function festivalDay(t: string, i: number, ref: TimeContext): TimeFound | undefined {
  LUNAR_DAY.lastIndex = i;
  const m = LUNAR_DAY.exec(t);
  if (!m) return undefined;
  const bare = m[1]!.startsWith('初');
  // 月初, 年初: the start of a month or year, not a festival day.
  if (bare && (/[月年]$/.test(t.slice(0, i)) || !(/[至到~～\-—–]\s*$/.test(t.slice(Math.max(0, i - 2), i)) || FESTIVAL_BEFORE.test(t.slice(0, i))))) return undefined;
  const year = ref.lastYear ?? ref.year;
  const first = SPRING_FESTIVAL[year];
  if (!first) return undefined;
  const offset = m[2] === undefined ? -1 : '一二三四五六七八九十'.indexOf(m[2]);
  return { end: i + m[0].length, value: addDays(`${year}-${first}`, offset), relative: true };
}

/** N日 with no month: a day of a month, or a count of days (连续20日); see bareDay. */
const BARE_DAY = /([1-9]|[12]\d|3[01])日(?![元内])/y;
/** The end of a range of days: 10月1日至8日, 5月1日-5日. */
const RANGE_END = /\d日\s*[至到~～\-—–]\s*$/;
const DAY_BEFORE = /(?:^|[，,。；;：:（(\s]|截至|截止|于|自|从|在|当地时间)$/;
/** Words that follow a date and never a count of days: 3日晚间, 8日获悉, 15日发布. */
const DAY_AFTER_STRONG = /^(?:晚间|晚|上午|下午|早间|早盘|午间|盘后|盘中|尾盘|凌晨|收盘|开盘|起|发布|公布|公告|召开|宣布|披露|举行|获悉|电|讯|消息|表示|称|晚报)/;
const DAY_AFTER = /^(?:[，,]|$)/;
const FUTURE = /(?:将|拟|计划|预计)(?:于|在)?$/;

/**
 * A day of the month written alone: the end of a range of days (10月1日至8日 is 10月8日), or a date
 * by its place (3日，…; 截至8日，…; 8日晚间…), in the month last named, else the reference's month
 * (the month before when the day is still to come and nothing says it will). Elsewhere N日 is a
 * count of days (连续20日, 停产15日), and the figure reader takes it.
 */
function bareDay(t: string, i: number, ref: TimeContext): TimeFound | undefined {
  BARE_DAY.lastIndex = i;
  const m = BARE_DAY.exec(t);
  if (!m) return undefined;
  const before = t.slice(Math.max(0, i - 8), i);
  const after = t.slice(i + m[0].length, i + m[0].length + 3);
  const rangeEnd = ref.lastMonth !== undefined && RANGE_END.test(before);
  // …5月1日至3日…，4日至5日为…: the start of another run of days in the month named.
  const rangeStart = ref.lastMonth !== undefined && DAY_BEFORE.test(before) && /^[至到~～\-—–]\s*\d/.test(after);
  if (!rangeEnd && !rangeStart && !DAY_AFTER_STRONG.test(after) && !(DAY_BEFORE.test(before) && DAY_AFTER.test(after))) return undefined;
  const day = Number(m[1]);
  let month = ref.lastMonth;
  if (month === undefined) {
    month = ref.date.slice(0, 7);
    if (day > Number(ref.date.slice(8, 10)) && !FUTURE.test(before)) month = addMonths(month, -1);
  }
  return { end: i + m[0].length, value: `${month}-${pad(day)}`, relative: true };
}

/** A year, maybe fiscal, with a period after it: 2025年上半年, 2025财年, fy2025, 2025q1-q3, 去年全年. */
function yearAt(t: string, i: number, ref: TimeContext): TimeFound | undefined {
  const m = /(?:fy\s?(\d{4})|(\d{4})(财年|年度|年)?|(今年|本年|明年|去年|上年|前年))/y;
  m.lastIndex = i;
  const y = m.exec(t);
  if (!y) return undefined;
  let end = i + y[0].length;
  const fiscal = y[1] !== undefined || y[3] === '财年';
  const word = y[4];
  const year = y[1] ?? y[2] ?? String(ref.year + YEAR_WORDS[word!]!);
  if (y[2] && !/^(?:19|20)\d{2}$/.test(y[2])) return undefined;
  // 2025年初, 去年底: the 年 of the year is the 年 of 年初.
  const edge = (y[3] === '年' || word) && /[初底末]/.test(t[end] ?? '') ? { end: end + 1, suffix: t[end] === '初' ? '-01' : '-12' } : undefined;
  const after = edge ?? periodSuffix(t, end);
  if (y[2] && !y[3] && !(after && /^\s*q/.test(t.slice(end)))) return undefined; // 2025 alone is not a time; 2025q1 is
  if (word && !after) return undefined; // 今年 alone: the plain patterns
  if (after) end = after.end;
  // 2019年同期: the period last named, in that year.
  if (!after && y[3] === '年' && t.startsWith('同期', end) && ref.last && /^\d{4}/.test(ref.last)) return { end: end + 2, value: `${year}${ref.last.slice(4)}`, relative: true };
  const value = `${year}${after?.suffix ?? ''}`;
  return { end, value, relative: word !== undefined, ...(fiscal ? { fiscal: true as const } : {}) };
}

/** The time expression at `i` of normalised text `t`, if any. */
export function timeAt(t: string, i: number, ref: TimeContext): TimeFound | undefined {
  if (i > 0 && /[\d.]/.test(t[i - 1]!)) return undefined;
  const full = /\d{4}年\d{1,2}月/y;
  full.lastIndex = i;
  if (!full.test(t)) {
    const withYear = yearAt(t, i, ref);
    if (withYear) return withYear;
  }
  for (const [pattern, resolve] of PATTERNS) {
    pattern.lastIndex = i;
    const m = pattern.exec(t);
    if (!m) continue;
    const resolved = resolve(m, ref);
    if (resolved) return { end: i + m[0].length, value: resolved[0], relative: resolved[1] };
  }
  const day = bareDay(t, i, ref) ?? festivalDay(t, i, ref);
  if (day) return day;
  // A period word alone belongs to the reference year: 上半年, 第三季度, q2, 全年.
  if (/[a-z]/.test(t[i - 1] ?? '')) return undefined;
  const alone = periodSuffix(t, i);
  if (!alone) return undefined;
  // 第四季度 alone in an article of March is last year's: a quarter not begun by the reference date has no figures yet.
  const quarter = alone.quarter ?? (/^-Q([1-4])$/.exec(alone.suffix) ? Number(alone.suffix.slice(2)) : undefined);
  // Not one looked forward to (自二季度起将…, 预计第四季度…): that is this year's quarter to come.
  const ahead = /(?:自|从|将|预计|计划|有望)$/.test(t.slice(Math.max(0, i - 2), i)) || /^(?:起|开始|将|或将|有望|预计)/.test(t.slice(alone.end, alone.end + 2));
  // 年末 alone in an article of February is last year's end: the balance at this year's end is not known yet
  // (in the second half of the year it may be the end to come: 年末达到…).
  const notBegun = ((quarter !== undefined && (quarter - 1) * 3 + 1 > ref.month) || (alone.suffix === '-12' && ref.month <= 6)) && !ahead;
  // 从2024年的1.63%收窄至上半年的1.55%: the period a change goes to comes after the whole year it came from, so it
  // is not that year's half: it is the article's.
  const afterWholeYear = alone.suffix !== '' && ref.lastYear !== undefined && ref.lastYear < ref.year && ref.last === String(ref.lastYear) && /(?:至|到)$/.test(t.slice(Math.max(0, i - 1), i)) && /[从由][^，,。；;]*$/.test(t.slice(0, i));
  return { end: alone.end, value: `${(afterWholeYear ? undefined : ref.lastYear) ?? (alone.suffix === '' ? ref.articleYear : undefined) ?? (notBegun ? ref.year - 1 : ref.year)}${alone.suffix}`, relative: true };
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day of the period a value names (inclusive). */
export function periodOf(value: string): { start: string; end: string } | undefined {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { start: value, end: value };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { start: `${value}-01`, end: `${value}-${pad(lastDay(Number(m[1]), Number(m[2])))}` };
  m = DEKAD.exec(value);
  if (m) {
    const dekad = Number(m[3]);
    const last = dekad === 3 ? lastDay(Number(m[1]), Number(m[2])) : dekad * 10;
    return { start: `${m[1]}-${m[2]}-${pad(dekad * 10 - 9)}`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  m = WEEK.exec(value);
  if (m) {
    const [y, month, week] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const first = (week - 1) * 7 + 1;
    return first > lastDay(y, month) ? undefined : { start: `${m[1]}-${m[2]}-${pad(first)}`, end: `${m[1]}-${m[2]}-${pad(Math.min(week * 7, lastDay(y, month)))}` };
  }
  m = /^(\d{4})-YTD(\d{2})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-${m[2]}-${pad(lastDay(Number(m[1]), Number(m[2])))}` };
  m = /^(\d{4})-(Q[1-4]|H[12]|9M)$/.exec(value);
  if (!m) return undefined;
  const [first, last] = ({ Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12], '9M': [1, 9] } as Record<string, [number, number]>)[m[2]!]!;
  const y = Number(m[1]);
  return { start: `${y}-${pad(first)}-01`, end: `${y}-${pad(last)}-${pad(lastDay(y, last))}` };
}
