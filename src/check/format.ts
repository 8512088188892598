/** Values and times in Chinese for finding summaries: 5万亿美元, 20%–30%, 超过130亿美元. */
import { cmp, dec, type Decimal, toString } from '../quantities/decimal.ts';
import { unitName } from '../quantities/units.ts';
import { DEKAD, WEEK } from '../quantities/times.ts';
import type { Interval } from './model.ts';

const SCALES: [number, string][] = [[12, '万亿'], [8, '亿'], [4, '万']];
const UNIT_NAMES: Record<string, string> = {
  percent: '%', pp: '个百分点', times: '倍', USD: '美元', CNY: '元', HKD: '港元', JPY: '日元', W: '瓦', PFlops: 'PFlops',
  year: '年', month: '个月', day: '天', hour: '小时', week: '周', 'trading-day': '个交易日', mile: '英里',
  household: '户', organisation: '家', item: '个', share: '股', unit: '份', card: '张', chip: '颗', person: '人', point: '点', 'USD/hour': '美元/小时',
};

/** 10^power, in the canonical form (mantissa 1): no string to build and parse per figure. */
const tenTo = (power: number): Decimal => ({ m: 1n, e: power });

/** An exact decimal with a Chinese scale word: 5000000000000 → 5万亿. */
export function formatAmount(value: string, unit: string): string {
  if (unit === 'W') {
    for (const [power, name] of [[9, '吉瓦'], [6, '兆瓦'], [3, '千瓦']] as const) {
      if (cmp(abs(value), tenTo(power)) >= 0) return `${shiftString(value, -power)}${name}`;
    }
    return `${value}瓦`;
  }
  const name = UNIT_NAMES[unit] ?? unitName(unit);
  for (const [power, scale] of SCALES) {
    if (cmp(abs(value), tenTo(power)) >= 0) return `${shiftString(value, -power)}${scale}${name}`;
  }
  return `${value}${name}`;
}

function abs(value: string) {
  return dec(value.replace(/^-/, ''));
}

function shiftString(value: string, power: number): string {
  const d = dec(value);
  return toString({ m: d.m, e: d.e + power });
}

/** An interval in words: 不足20%, 超过130亿美元, 20%–30%, 约1.2万亿元. */
export function formatInterval(i: Interval, unit: string): string {
  const f = (v: string) => formatAmount(v, unit);
  if (i.lower !== null && i.upper !== null && cmp(dec(i.lower), dec(i.upper)) === 0) return f(i.lower);
  if (i.upper === null) return i.lower === null ? '任意值' : `${i.lowerOpen ? '超过' : '至少'}${f(i.lower)}`;
  if (i.lower === null || (i.lower === '0' && i.upperOpen)) return `${i.upperOpen ? '不足' : '至多'}${f(i.upper)}`;
  return i.lower.startsWith('-') ? `${f(i.lower)}至${f(i.upper)}` : `${f(i.lower)}–${f(i.upper)}`;
}

/** 2025-10-29 → 2025年10月29日; 2025-Q1 → 2025年第一季度; 2025-03-D1 → 2025年3月上旬; 2025-01-W2 → 2025年1月第2周. */
export function formatTime(time: string): string {
  const dekad = DEKAD.exec(time);
  if (dekad) return `${dekad[1]}年${Number(dekad[2])}月${'上中下'[Number(dekad[3]) - 1]}旬`;
  const week = WEEK.exec(time);
  if (week) return `${week[1]}年${Number(week[2])}月第${week[3]}周`;
  const q = /^(\d{4})-Q([1-4])$/.exec(time);
  if (q) return `${q[1]}年第${'一二三四'[Number(q[2]) - 1]}季度`;
  const part = /^(\d{4})-(H1|H2|9M|YTD(\d{2}))$/.exec(time);
  if (part) return `${part[1]}年${part[3] ? `1-${Number(part[3])}月` : { H1: '上半年', H2: '下半年', '9M': '前三季度' }[part[2] as 'H1']}`;
  const [y, m, d] = time.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
