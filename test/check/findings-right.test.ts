/** Issue 17: copies whose figures differ, objects that are not scopes, hedges kept, headline metrics. */
import { describe, expect, it } from 'vitest';
import { checkSeed, seed } from './helpers.ts';

describe('findings that are right', () => {
  it('flags near-duplicates that differ only in a figure as a possible copying error', () => {
    const found = checkSeed(seed(['港口吞吐量', '证券时报', '2025-07-20 08:00', '港口 - 交通运输部数据显示，上半年全国港口完成集装箱吞吐量1.72亿TEU，同比增长6.9% [1]'], ['港口数据', '新浪财经', '2025-07-21 08:00', '港口 - 交通运输部数据显示，上半年全国港口完成集装箱吞吐量1.65亿TEU，同比增长6.9% [2]']));
    const copy = found.find((f) => f.kind === 'syndication')!;
    expect(copy.severity).toBe('medium');
    expect(copy.summary).toContain('可能是转载时抄错了数字');
  });

  it('does not call two readings on different dates a copying error', () => {
    const found = checkSeed(seed(['运价', '证券时报', '2025-03-08 08:00', '运价 - 据上海航运交易所数据，3月7日SCFI报1292.8点 [1]'], ['运价', '新浪财经', '2025-07-12 08:00', '运价 - 据上海航运交易所数据，7月11日SCFI报1733.3点 [2]']));
    expect(found.filter((f) => f.summary.includes('抄错'))).toEqual([]);
  });

  it('keeps hedges as written in summaries', () => {
    const found = checkSeed(seed(['国产算力', '36氪', '2025-04-28 10:25', '现状 - 部分智算中心国产算力利用率不足20% [9]'], ['算力', '新浪财经', '2025-10-14 03:24', '差距 - 企业级通用算力中心利用率仅10%-15% [5]']));
    const pair = found.find((f) => f.kind === 'scope-mismatch')!;
    expect(pair.summary).toContain('不足20%');
  });

  it('does not support a title figure with a body figure of another metric', () => {
    const found = checkSeed(seed(['公司市值130亿美元', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入130亿美元 [5]']));
    const h = found.find((f) => f.kind === 'headline')!;
    expect(h.summary).toContain('找不到依据');
  });
});
