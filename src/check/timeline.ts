/**
 * Layout of a build-time SVG timeline for one metric of one entity: x by
 * date, y linear; exact figures as dots, ranges as bars, open-ended figures
 * as arrows. Pure geometry; coordinates are display-only floats, never used
 * to compare figures.
 */
import { periodOf } from '../quantities/times.ts';
import { formatAmount, formatTime } from './format.ts';
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
}

export interface TimelineLayout {
  width: number;
  height: number;
  marks: TimelineMark[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The y of zero, when the figures cross it (rises and falls). */
  zero?: number;
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 96, right: 24, top: 16, bottom: 36 };

/** Middle of the period a time names, in days since 1970. */
export function timeToDays(time: string): number {
  // 上半年, 下半年, 前三季度: the middle of their days.
  const period = /^\d{4}-(?:H[12]|9M|YTD\d{2})$/.test(time) ? periodOf(time) : undefined;
  if (period) return Math.round((Date.parse(period.start) + Date.parse(period.end)) / 2 / 86_400_000);
  const q = /^(\d{4})-Q([1-4])$/.exec(time);
  const [y, m, d] = q ? [Number(q[1]), (Number(q[2]) - 1) * 3 + 2, 15] : [Number(time.slice(0, 4)), time.length >= 7 ? Number(time.slice(5, 7)) : 7, time.length >= 10 ? Number(time.slice(8, 10)) : time.length >= 7 ? 15 : 1];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function timelineLayout(points: readonly TimelinePoint[]): TimelineLayout | undefined {
  const finite = points.flatMap((p) => [p.lower, p.upper].filter((v): v is string => v !== null).map(Number));
  if (points.length < 2 || finite.length === 0) return undefined;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  const margin = (hi - lo) * 0.12;
  lo = lo >= 0 ? Math.max(0, lo - margin) : lo - margin;
  hi += margin;
  const days = points.map((p) => timeToDays(p.time));
  const d0 = Math.min(...days);
  const d1 = Math.max(...days);
  const x = (d: number) => PAD.left + (d1 === d0 ? 0.5 : (d - d0) / (d1 - d0)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (HEIGHT - PAD.top - PAD.bottom);
  const round = (n: number) => Math.round(n * 10) / 10;
  const marks = points.map((p, i) => {
    const upper = p.upper === null ? hi : Number(p.upper);
    const lower = p.lower === null ? lo : Number(p.lower);
    const open = p.upper === null ? 'up' : p.lower === null || (p.lower === '0' && p.upperOpen) ? 'down' : null;
    return { x: round(x(days[i]!)), y1: round(y(upper)), y2: round(y(lower)), open, title: `${formatTime(p.time)}：${p.surface}（${p.label}）` } satisfies TimelineMark;
  });
  const unit = points[0]!.unit;
  // One label per place on the axis, and none crowding the last one shown.
  const xTicks: { x: number; label: string }[] = [];
  points.forEach((p, i) => {
    const tx = round(x(days[i]!));
    if (xTicks.every((t) => Math.abs(t.x - tx) >= 90)) xTicks.push({ x: tx, label: formatTime(p.time) });
  });
  const yTicks = [lo, (lo + hi) / 2, hi].map((v) => ({ y: round(y(v)), label: formatAmount(String(Number(v.toPrecision(3))), unit) }));
  return { width: WIDTH, height: HEIGHT, marks, xTicks, yTicks, ...(lo < 0 && hi > 0 ? { zero: round(y(0)) } : {}) };
}
