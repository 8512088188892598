/** Fields beyond the value: display with hedges, sign, the change of 从…至… with dated ends, periods, ambiguity. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/quantities/extract.ts';

const ref = { reference: '2025-11-12' };

describe('display keeps sign and bounds', () => {
  const cases: [string, string][] = [
    ['利用率不足20%', '不足20%'],
    ['超过了一千', '超过了一千'],
    ['占比5%以下', '5%以下'],
    ['同比-35.2%', '-35.2%'],
    ['为负3.9%', '负3.9%'],
    ['至少10个', '至少10个'],
    ['约3成', '约3成'],
  ];
  for (const [text, display] of cases) {
    it(`${text} → ${display}`, () => {
      expect(extract(text, ref).quantities.map((q) => q.display)).toEqual([display]);
    });
  }
  it('a negative figure is marked and its surface carries the sign', () => {
    expect(extract('同比-35.2%', ref).quantities[0]).toMatchObject({ surface: '-35.2%', amount: '-35.2', negative: true, lower: '-35.2', upper: '-35.2' });
  });
});

describe('从…至… with a time on each end', () => {
  it('gives two values, two times and the exact change', () => {
    const x = extract('价格从3月5日的1.2万元/吨涨至5月8日的1.5万元/吨', ref);
    expect(x.times.map((t) => t.value)).toEqual(['2025-03-05', '2025-05-08']);
    const [a, b] = x.quantities;
    expect(a).toMatchObject({ amount: '12000', unit: 'CNY/t', dimension: 'rate:money:CNY/t', startOfChange: true, time: '2025-03-05' });
    expect(b).toMatchObject({ amount: '15000', unit: 'CNY/t', time: '2025-05-08', direction: 'up', from: { amount: '12000', delta: '3000', ratio: '1.25', surface: '1.2万元/吨', time: '2025-03-05' } });
    // Each figure's time is the last one written before it, as the checker picks it.
    for (const q of x.quantities) expect(x.times.filter((t) => t.end <= q.start).at(-1)?.value).toBe(q.time);
  });
});

describe('由…至… and …调整为…: a change written with 由 or ending in 为', () => {
  const cases: [string, string, string, string][] = [
    ['起售价由15.98万元下调至13.98万元', '159800', '139800', '-20000'],
    ['起售价由24.58万元调整为22.98万元', '245800', '229800', '-16000'],
    ['均价从3.2万元变为3.5万元', '32000', '35000', '3000'],
  ];
  for (const [text, from, to, delta] of cases) {
    it(`${text} → ${from} → ${to}`, () => {
      const [a, b] = extract(text, ref).quantities;
      expect(a).toMatchObject({ amount: from, startOfChange: true });
      expect(b).toMatchObject({ amount: to, from: { amount: from, delta } });
    });
  }
  it('由 that is no start of a change reads one figure (由3家公司组成, 营收为5亿元)', () => {
    expect(extract('联盟由3家公司组成，营收为5亿元', ref).quantities.filter((q) => q.from || q.startOfChange)).toEqual([]);
  });
});

describe('a bare number after a dimensionless measure is a figure', () => {
  it('库存系数为1.42 and 指数报2505 are figures; 第1名 is not', () => {
    expect(extract('6月经销商库存系数为1.42', ref).quantities.map((q) => q.amount)).toEqual(['1.42']);
    expect(extract('景气指数报52.3', ref).quantities.map((q) => q.amount)).toEqual(['52.3']);
    expect(extract('排名第1', ref).quantities).toEqual([]);
  });
});

describe('periods are intervals of dates', () => {
  const cases: [string, string, string][] = [
    ['上半年', '2025-01-01', '2025-06-30'],
    ['前三季度', '2025-01-01', '2025-09-30'],
    ['2024年第四季度', '2024-10-01', '2024-12-31'],
    ['2024年全年', '2024-01-01', '2024-12-31'],
    ['2月', '2025-02-01', '2025-02-28'],
    ['2024年2月', '2024-02-01', '2024-02-29'],
    ['次日', '2025-11-13', '2025-11-13'],
  ];
  for (const [text, start, end] of cases) {
    it(`${text} → ${start}…${end}`, () => {
      expect(extract(text, ref).times[0]!.period).toEqual({ start, end });
    });
  }
  it('a fiscal year has no calendar period', () => {
    expect(extract('2025财年', ref).times[0]).toMatchObject({ value: '2025', fiscal: true });
    expect(extract('2025财年', ref).times[0]!.period).toBeUndefined();
  });
});

describe('ambiguous signs are set apart, never compared', () => {
  it('下降-12.5% and 负增长5% are not quantities', () => {
    for (const text of ['营收下降-12.5%', '同比负增长5%']) {
      const x = extract(text, ref);
      expect(x.quantities, text).toEqual([]);
      expect(x.ambiguous, text).toHaveLength(1);
      expect(x.ambiguous[0]!.ambiguous).toMatch(/sign cannot be told/);
    }
  });
});

describe('a comparison base is marked', () => {
  it('较2019年同期, 比上月 and 与去年同期相比 are bases; 上年同期为… is not', () => {
    const bases = (text: string) => extract(text, ref).times.map((t) => [t.value, t.base ?? false]);
    expect(bases('上半年营收增长10%，较2019年同期增长15%')).toEqual([['2025-H1', false], ['2019-H1', true]]);
    expect(bases('比上月上升0.3个百分点')).toEqual([['2025-10', true]]);
    expect(bases('与去年同期相比增长5%')).toEqual([['2024', true]]);
    expect(bases('上年同期为2.1亿元')).toEqual([['2024', false]]);
  });
});
