/** Timeline geometry (src/check/timeline.ts): calendar ticks in order, round value ticks, marks that never cover each other. */
import { describe, expect, it } from 'vitest';
import { BoxGrid, dateTicks, NARROW, scaledDecimal, textWidth, timelineLayout, timeToDays, valueTicks, WIDE, type Box, type TimelinePoint } from '../../src/check/timeline.ts';

const point = (time: string, lower: string | null, upper: string | null, unit = 'percent'): TimelinePoint => ({ time, lower, upper, lowerOpen: upper === null, upperOpen: lower === null, surface: `${lower ?? upper}`, unit, label: '某媒体' });

describe('value ticks', () => {
  it('are round (1, 2 or 5 × 10ⁿ), exact decimal strings, covering the figures', () => {
    expect(valueTicks(-7.12, 3.3).map((t) => t.decimal)).toEqual(['-10', '-5', '0', '5']);
    expect(valueTicks(0.1, 0.74).map((t) => t.decimal)).toEqual(['0', '0.2', '0.4', '0.6', '0.8']);
    expect(valueTicks(4.6e12, 5.5e12).map((t) => t.decimal)).toEqual(['4500000000000', '5000000000000', '5500000000000']);
    for (const [lo, hi] of [[0, 1], [193.16, 200], [-0.03, 0.058], [1, 1e9]] as const) {
      const ticks = valueTicks(lo, hi);
      expect(ticks[0]!.value).toBeLessThanOrEqual(lo);
      expect(ticks.at(-1)!.value).toBeGreaterThanOrEqual(hi);
      for (const t of ticks) expect(Number(t.decimal)).toBeCloseTo(t.value, 9);
      const step = ticks[1]!.value - ticks[0]!.value;
      expect(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(3))).toBeOneOf([1, 2, 5]);
    }
  });

  it('writes n × 10^k exactly', () => {
    expect(scaledDecimal(5, 3)).toBe('5000');
    expect(scaledDecimal(25, -1)).toBe('2.5');
    expect(scaledDecimal(-5, -2)).toBe('-0.05');
    expect(scaledDecimal(20, -1)).toBe('2');
    expect(scaledDecimal(0, 5)).toBe('0');
  });
});

describe('date ticks', () => {
  it('are calendar dates in order, naming the year on the first', () => {
    const months = dateTicks(timeToDays('2025-07-10'), timeToDays('2025-11-10'), { months: 1 });
    expect(months.map((t) => t.label)).toEqual(['2025年8月', '9月', '10月', '11月']);
    expect(dateTicks(timeToDays('2024-11-15'), timeToDays('2025-06-01'), { months: 3 }).map((t) => t.label)).toEqual(['2025年1月', '4月']);
    expect(dateTicks(timeToDays('2019-07-01'), timeToDays('2025-11-10'), { months: 24 }).map((t) => t.label)).toEqual(['2020年', '2022年', '2024年']);
    expect(dateTicks(timeToDays('2025-10-30'), timeToDays('2025-11-02'), { days: 1 }).map((t) => t.label)).toEqual(['2025年10月30日', '10月31日', '11月1日', '11月2日']);
  });

  it('stop one past a limit, so a step of a day over years makes a handful of labels, not hundreds', () => {
    const [d0, d1] = [timeToDays('2023-01-01'), timeToDays('2025-06-30')];
    const all = dateTicks(d0, d1, { days: 1 });
    expect(all.length).toBe(912);
    expect(dateTicks(d0, d1, { days: 1 }, 11)).toEqual(all.slice(0, 12));
    expect(dateTicks(d0, d1, { months: 1 }, 5).map((t) => t.label)).toEqual(['2023年1月', '2月', '3月', '4月', '5月', '6月']);
    // Within the limit, the same ticks.
    expect(dateTicks(d0, d1, { months: 12 }, 5)).toEqual(dateTicks(d0, d1, { months: 12 }));
  });
});

describe('timeline layout', () => {
  // Given out of date order, several on one day, one range and one open end.
  const points = [point('2025-11-10', '5.8', '5.8'), point('2025-03-26', '-5.74', '-5.74'), point('2025-11-10', '-3', '-2.7'), point('2025-10-28', '4.5', '5'), point('2025-11-10', '3', '3'), point('2025-10-29', '2.7', null)];

  for (const size of [WIDE, NARROW]) {
    it(`at ${size.width} wide: ticks in order and apart, marks side by side, values that cover nothing`, () => {
      const layout = timelineLayout(points, size)!;
      const xs = layout.xTicks.map((t) => t.x);
      expect(xs.length).toBeGreaterThanOrEqual(2);
      expect(xs.length).toBeLessThanOrEqual(size.xTicks);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      layout.xTicks.forEach((t, i) => i > 0 && expect(t.x - layout.xTicks[i - 1]!.x).toBeGreaterThan((textWidth(t.label, size.fontSize) + textWidth(layout.xTicks[i - 1]!.label, size.fontSize)) / 2));
      // Round value ticks, never −7.12%.
      expect(layout.yTicks.map((t) => t.label)).toEqual(['-10%', '-5%', '0%', '5%', '10%']);
      // Marks in date order, and no two dots closer than their size.
      const marks = layout.marks;
      expect(marks.map((m) => m.x)).toEqual([...marks.map((m) => m.x)].sort((a, b) => a - b));
      for (let i = 1; i < marks.length; i++) expect(marks[i]!.x - marks[i - 1]!.x).toBeGreaterThanOrEqual(10);
      for (const m of marks) expect(m.x).toBeGreaterThanOrEqual(layout.left);
      // Values written beside marks, inside the drawing, never on top of each other.
      const boxes = marks.flatMap((m) => (m.value ? [{ x0: m.value.x - textWidth(m.value.text, size.fontSize) / 2, x1: m.value.x + textWidth(m.value.text, size.fontSize) / 2, y0: m.value.y - size.fontSize, y1: m.value.y }] : []));
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const b of boxes) expect(b.x0 >= 0 && b.x1 <= size.width && b.y0 >= 0).toBe(true);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0).toBe(true)));
      expect(marks.find((m) => m.value?.text === '-5.74%')).toBeDefined();
      expect(layout.zero).toBeDefined();
    });
  }

  it('draws nothing for a single figure', () => {
    expect(timelineLayout([point('2025-01-01', '1', '1')])).toBeUndefined();
  });
});

describe('the boxes a label must not cover', () => {
  it('say a box is clear exactly when testing it against every box would (edges at and across column borders)', () => {
    // A fixed pseudo-random walk: widths from a dot's to a long label's, on and off the 32-unit columns, negative x too.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const grid = new BoxGrid();
    const all: Box[] = [];
    let disagreements = 0;
    let clear = 0;
    for (let i = 0; i < 2000; i++) {
      const x0 = Math.round((next() * 700 - 40) * 2) / 2;
      const y0 = Math.round(next() * 240);
      const box = { x0, x1: x0 + [0, 8, 32, 31.5, 150][i % 5]!, y0, y1: y0 + 14 };
      const brute = all.every((b) => box.x1 < b.x0 || box.x0 > b.x1 || box.y1 < b.y0 || box.y0 > b.y1);
      if (grid.clear(box) !== brute) disagreements++;
      if (brute) clear++;
      if (i % 3 === 0) {
        grid.add(box);
        all.push(box);
      }
    }
    expect(disagreements).toBe(0);
    // Both answers occur, so the comparison says something.
    expect(clear).toBeGreaterThan(100);
    expect(clear).toBeLessThan(1900);
  });
});
