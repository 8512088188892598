/**
 * Layout of a build-time SVG timeline for one metric of one entity, to read
 * at a glance: x by date with calendar ticks (years, quarters, months or days,
 * in order), y linear with round ticks (1, 2 or 5 × 10ⁿ), exact figures as
 * dots, ranges as bars, open-ended figures as arrows. Marks at nearly the same
 * date are set side by side so none hides another, and each mark's value is
 * written beside it where it fits without covering another label (the table
 * beside the timeline lists every figure). Pure geometry; coordinates are
 * display-only floats, never used to compare figures: tick values are exact
 * decimal strings.
 */
import { periodOf } from '../quantities/times.ts';
import { formatAmount, formatInterval, formatTime } from './format.ts';
import type { Interval } from './model.ts';

export interface TimelinePoint extends Interval {
  time: string;
  surface: string;
  unit: string;
  label: string;
}

export interface TimelineMark {
  x: number;
  /** Top and bottom of the mark; equal for a dot. */
  y1: number;
  y2: number;
  /** Open upwards (超过) or downwards (不足): an arrow at that end. */
  open: 'up' | 'down' | null;
  title: string;
  /** The value written beside the mark, when it fits: where its text starts (middle) and its baseline. */
  value?: { x: number; y: number; text: string };
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Left and right ends of the plot (grid lines run between them). */
  left: number;
  right: number;
  /** Font size of the labels, in the layout's units. */
  fontSize: number;
  marks: TimelineMark[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The y of zero, when the figures cross it (rises and falls). */
  zero?: number;
}

/** The size a layout is drawn for: wide for desktops, narrow for phones (each shown by CSS at its width). */
export interface TimelineSize {
  width: number;
  height: number;
  fontSize: number;
  /** At most this many date ticks. */
  xTicks: number;
}

export const WIDE: TimelineSize = { width: 640, height: 240, fontSize: 12, xTicks: 6 };
export const NARROW: TimelineSize = { width: 360, height: 240, fontSize: 12, xTicks: 4 };

const DOT_RADIUS = 5;
/** Marks closer than this on the x axis are set side by side, this far apart. */
const DODGE = 2 * DOT_RADIUS + 3;
const PAD = { right: 16, top: 18, bottom: 30 };
const DAY_MS = 86_400_000;

/** Middle of the period a time names, in days since 1970. */
export function timeToDays(time: string): number {
  // 上半年, 下半年, 前三季度, 上旬: the middle of their days.
  const period = /^\d{4}-(?:H[12]|9M|YTD\d{2}|\d{2}-D[123]|\d{2}-W[1-5])$/.test(time) ? periodOf(time) : undefined;
  if (period) return Math.round((Date.parse(period.start) + Date.parse(period.end)) / 2 / 86_400_000);
  const q = /^(\d{4})-Q([1-4])$/.exec(time);
  const [y, m, d] = q ? [Number(q[1]), (Number(q[2]) - 1) * 3 + 2, 15] : [Number(time.slice(0, 4)), time.length >= 7 ? Number(time.slice(5, 7)) : 7, time.length >= 10 ? Number(time.slice(8, 10)) : time.length >= 7 ? 15 : 1];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Width of a label in layout units: CJK characters are square, Latin and digits about 0.6 of the size. */
export const textWidth = (text: string, fontSize: number): number => [...text].reduce((w, ch) => w + (/[\u0000-\u02ff]/.test(ch) ? 0.6 : 1) * fontSize, 0);

/** `n × 10^k` as an exact decimal string: (5, 3) → "5000", (25, -1) → "2.5", (-5, -2) → "-0.05". */
export function scaledDecimal(n: number, k: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(n));
  if (k >= 0) return `${sign}${digits}${'0'.repeat(k)}`;
  const padded = digits.padStart(-k + 1, '0');
  const fraction = padded.slice(k).replace(/0+$/, '');
  return `${sign}${padded.slice(0, k)}${fraction ? `.${fraction}` : ''}`;
}

/** Round ticks covering [lo, hi]: a step of 1, 2 or 5 × 10ⁿ giving about `count` of them. */
export function valueTicks(lo: number, hi: number, count = 4): { value: number; decimal: string }[] {
  const raw = (hi - lo) / count;
  const k = Math.floor(Math.log10(raw));
  const base = 10 ** k;
  const s = [1, 2, 5, 10].find((m) => m * base >= raw) ?? 10;
  const [step, stepK] = s === 10 ? [1, k + 1] : [s, k];
  const unit = 10 ** stepK;
  const first = Math.floor(lo / (step * unit) + 1e-9);
  const last = Math.ceil(hi / (step * unit) - 1e-9);
  const ticks: { value: number; decimal: string }[] = [];
  for (let i = first; i <= last; i++) ticks.push({ value: i * step * unit, decimal: scaledDecimal(i * step, stepK) });
  return ticks;
}

/** Steps of date ticks, finest first: days, weeks, months, quarters, years. */
export const DATE_STEPS: readonly ({ days: number } | { months: number })[] = [{ days: 1 }, { days: 2 }, { days: 7 }, { days: 14 }, { months: 1 }, { months: 2 }, { months: 3 }, { months: 6 }, { months: 12 }, { months: 24 }, { months: 60 }, { months: 120 }];

/**
 * Calendar ticks between two days at one step, in order: 11月3日; 2025年1月, 4月; 2025年.
 * Past `limit` ticks it stops, one tick over: a caller that cannot use that many need not have
 * them made (a step of a day over two years is 730 labels).
 */
export function dateTicks(d0: number, d1: number, step: (typeof DATE_STEPS)[number], limit = Infinity): { day: number; label: string }[] {
  const ticks: { day: number; label: string }[] = [];
  if ('days' in step) {
    for (let t = Math.ceil(d0 / step.days) * step.days; t <= d1 && ticks.length <= limit; t += step.days) {
      const date = new Date(t * DAY_MS);
      ticks.push({ day: t, label: `${date.getUTCMonth() + 1}月${date.getUTCDate()}日` });
    }
  } else {
    const start = new Date(Math.ceil(d0) * DAY_MS);
    // Months since year 0, rounded up to the step (a new year on a step of 12).
    let m = start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0);
    m = Math.ceil(m / step.months) * step.months;
    for (; ticks.length <= limit; m += step.months) {
      const t = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
      if (t > d1) break;
      const month = m % 12;
      ticks.push({ day: t, label: step.months >= 12 ? `${Math.floor(m / 12)}年` : month === 0 ? `${Math.floor(m / 12)}年1月` : `${month + 1}月` });
    }
  }
  // The first tick names its year when the ticks name months or days only.
  if (ticks[0] && !ticks[0].label.includes('年')) ticks[0].label = `${new Date(ticks[0].day * DAY_MS).getUTCFullYear()}年${ticks[0].label}`;
  return ticks;
}

export function timelineLayout(points: readonly TimelinePoint[], size: TimelineSize = WIDE): TimelineLayout | undefined {
  const finite = points.flatMap((p) => [p.lower, p.upper].filter((v): v is string => v !== null).map(Number));
  if (points.length < 2 || finite.length === 0) return undefined;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  // Room for open ends' arrows beyond the figures, then round ticks around it all.
  const margin = (hi - lo) * 0.1;
  const ticks = valueTicks(lo >= 0 ? Math.max(0, lo - margin) : lo - margin, hi + margin);
  lo = ticks[0]!.value;
  hi = ticks.at(-1)!.value;
  const unit = points[0]!.unit;
  const fs = size.fontSize;
  const yLabels = ticks.map((t) => formatAmount(t.decimal, unit));
  const left = Math.ceil(Math.max(...yLabels.map((l) => textWidth(l, fs)))) + 10;
  const right = size.width - PAD.right;
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (size.height - PAD.top - PAD.bottom);
  const round = (n: number) => Math.round(n * 10) / 10;

  const days = points.map((p) => timeToDays(p.time));
  let d0 = Math.min(...days);
  let d1 = Math.max(...days);
  if (d1 - d0 < 2) {
    d0 -= 15;
    d1 += 15;
  }
  const padDays = (d1 - d0) * 0.06;
  d0 -= padDays;
  d1 += padDays;
  const x = (d: number) => left + ((d - d0) / (d1 - d0)) * (right - left);

  // In date order; marks on one day centred side by side, then pushed apart to DODGE left to right,
  // and back from the right end if that ran past it: in order, and no mark covers another.
  const order = points.map((_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
  const placedX = order.map((i) => x(days[i]!));
  for (let g = 0; g < order.length; ) {
    let h = g + 1;
    while (h < order.length && days[order[h]!] === days[order[g]!]) h++;
    for (let j = g; j < h; j++) placedX[j] = placedX[j]! + (j - g - (h - g - 1) / 2) * DODGE;
    g = h;
  }
  for (let j = 0; j < placedX.length; j++) placedX[j] = Math.max(placedX[j]!, left + DOT_RADIUS, j > 0 ? placedX[j - 1]! + DODGE : -Infinity);
  for (let j = placedX.length - 1; j >= 0; j--) placedX[j] = Math.min(placedX[j]!, right - DOT_RADIUS, j < placedX.length - 1 ? placedX[j + 1]! - DODGE : Infinity);
  const xs = new Map(order.map((i, j) => [i, placedX[j]!]));

  const marks = order.map((i): TimelineMark => {
    const p = points[i]!;
    const upper = p.upper === null ? hi : Number(p.upper);
    const lower = p.lower === null ? lo : Number(p.lower);
    const open = p.upper === null ? 'up' : p.lower === null || (p.lower === '0' && p.upperOpen) ? 'down' : null;
    return { x: round(xs.get(i)!), y1: round(y(upper)), y2: round(y(lower)), open, title: `${formatTime(p.time)}：${p.surface}（${p.label}）` };
  });
  // Values beside their marks, above or else below, where they cover no mark and no other value.
  const taken = new BoxGrid();
  for (const m of marks) taken.add({ x0: m.x - DOT_RADIUS, x1: m.x + DOT_RADIUS, y0: m.y1 - DOT_RADIUS, y1: m.y2 + DOT_RADIUS });
  const fits = (box: Box) => box.x0 >= left && box.x1 <= size.width && box.y0 >= 0 && box.y1 <= size.height - PAD.bottom + 4 && taken.clear(box);
  marks.forEach((mark, j) => {
    const text = formatInterval(points[order[j]!]!, unit);
    const w = textWidth(text, fs);
    // Centred on the mark, moved inwards at the plot's ends; above it, else below.
    const cx = Math.min(size.width - 2 - w / 2, Math.max(left + w / 2, mark.x));
    for (const baseline of [mark.y1 - DOT_RADIUS - 4, mark.y2 + DOT_RADIUS + fs + 2]) {
      const box = { x0: cx - w / 2, x1: cx + w / 2, y0: baseline - fs, y1: baseline + 2 };
      if (fits(box)) {
        taken.add(box);
        mark.value = { x: round(cx), y: round(baseline), text };
        break;
      }
    }
  });

  // The finest step whose labels fit side by side (at most size.xTicks); one tick if no step gives two.
  // Labels fit side by side only when each is a font size clear of the next, and the narrowest ("2月")
  // is 1.6 wide: a step with more ticks than `most` never fits, so its labels are not made.
  const most = Math.floor(size.width / (2.6 * fs)) + 1;
  const xTickSets = DATE_STEPS.map((step) => dateTicks(d0, d1, step, most))
    .filter((set) => set.length <= most)
    .map((set) => set.map((t) => ({ x: round(x(t.day)), label: t.label, width: textWidth(t.label, fs) })));
  const apart = (set: { x: number; width: number }[]) =>
    set.every((t, i) => t.x - t.width / 2 >= 0 && t.x + t.width / 2 <= size.width && (i === 0 || t.x - t.width / 2 > set[i - 1]!.x + set[i - 1]!.width / 2 + fs));
  const chosen = xTickSets.find((set) => set.length >= 2 && set.length <= size.xTicks && apart(set)) ?? xTickSets.find((set) => set.length >= 1 && apart(set)) ?? [];
  const xTicks = chosen.map(({ x: tx, label }) => ({ x: tx, label }));
  const yTicks = ticks.map((t, i) => ({ y: round(y(t.value)), label: yLabels[i]! }));
  return { width: size.width, height: size.height, left, right, fontSize: fs, marks, xTicks, yTicks, ...(lo < 0 && hi > 0 ? { zero: round(y(0)) } : {}) };
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Boxes filed by the columns of the plot they span, so a new box is tested
 * against its neighbours only: an entity with hundreds of figures has hundreds
 * of marks and labels, and testing each against all was quadratic.
 */
export class BoxGrid {
  static readonly COLUMN = 32;
  readonly #columns = new Map<number, Box[]>();

  add(box: Box): void {
    for (let c = Math.floor(box.x0 / BoxGrid.COLUMN); c <= Math.floor(box.x1 / BoxGrid.COLUMN); c++) {
      const list = this.#columns.get(c);
      if (list) list.push(box);
      else this.#columns.set(c, [box]);
    }
  }

  /** No box filed overlaps `box` (edges touching count as overlapping). Two boxes that overlap share a column. */
  clear(box: Box): boolean {
    for (let c = Math.floor(box.x0 / BoxGrid.COLUMN); c <= Math.floor(box.x1 / BoxGrid.COLUMN); c++) {
      for (const b of this.#columns.get(c) ?? []) if (!(box.x1 < b.x0 || box.x0 > b.x1 || box.y1 < b.y0 || box.y0 > b.y1)) return false;
    }
    return true;
  }
}
