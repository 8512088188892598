/** What a change is measured against, and a change written after the figure it changes. */
import { describe, expect, it } from 'vitest';
import { carriedChange, changeBasis } from '../../src/check/change-basis.ts';

describe('changeBasis', () => {
  it.each([
    ['同比增长', '同比'],
    ['较上年同期增长', '同比'],
    ['比去年同期下降', '同比'],
    ['较上年增长', '同比'],
    ['环比下降', '环比'],
    ['较上周下跌', '较上周'],
    ['较上期上涨', '较上期'],
    ['较年初下跌约', '较年初'],
    ['比4月末增加', '较4月末'],
    ['较春节前低点回升约', '较春节前低点'],
    ['较去年底增长', '较上年末'],
    ['较上年末增长', '较上年末'],
    ['相比6月初下降', '较6月初'],
    ['环比持平，同比下降', '同比'],
    ['', ''],
    ['增长', ''],
    ['达到', ''],
  ])('%s → %s', (words, basis) => {
    expect(changeBasis(words)).toBe(basis);
  });
});

describe('carriedChange', () => {
  it.each([
    ['，同比增长', '同比', 'up'],
    ['，同比', '同比', undefined],
    ['，较上年同期减亏', '同比', 'down'],
    ['，较上周下跌', '较上周', 'down'],
    ['，较年初下跌约', '较年初', 'down'],
    ['，环比提升', '环比', 'up'],
    ['，较2月末缩短', '较2月末', 'down'],
    ['，比1月末增加', '较1月末', 'up'],
    ['，同比延长', '同比', 'up'],
    ['，环比收窄', '环比', 'down'],
  ])('reads %s as a change against %s (%s)', (gap, basis, direction) => {
    expect(carriedChange(gap)).toEqual({ basis, ...(direction ? { direction } : {}) });
  });

  it.each([
    ['，占总营收的'],
    ['，较上周'],
    ['，其中'],
    ['，完成全年销量目标的'],
    ['，日均约'],
    ['。较上周下跌'],
    ['，较年初的成本下降，净利润'],
  ])('reads %s as no change of the figure before', (gap) => {
    expect(carriedChange(gap)).toBeUndefined();
  });
});
