/**
 * The grain of a time value: a point (a day or a month), a dekad (上旬), a quarter,
 * a half, the first nine months, a year to date, a year. Figures of one flow over periods of
 * different grains (一季度 and 上半年, 2024年 and 一季度) are neither a change
 * nor two scopes of one thing: a quarter is part of its half.
 */
import { DEKAD, WEEK } from '../quantities/times.ts';

export function timeGrain(time: string): string {
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(time)) return 'point';
  if (/^\d{4}$/.test(time)) return 'year';
  if (DEKAD.test(time)) return 'dekad';
  if (WEEK.test(time)) return 'week';
  return time.slice(5).replace(/\d+$/, '');
}

/** The same time a year on: 2024 → 2025, 2024-H1 → 2025-H1. */
export const laterYear = (time: string): string => `${Number(time.slice(0, 4)) + 1}${time.slice(4)}`;
