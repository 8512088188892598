/** A sum paid with 以 before it and a verb of buying after it (拟以45亿元收购…) is the deal's 收购金额, of the buyer. */
import { describe, expect, it } from 'vitest';
import { findingsOf, hasFindingIn } from '../helpers/seed-pipeline.ts';

describe('拟以N亿元收购', () => {
  const deal = (a: string, b: string) =>
    findingsOf(
      ['远澜化工公告收购计划', '甲财经', '2025-06-02 09:00', `公告 - 远澜化工股份有限公司拟以${a}收购江苏一家农药企业70%股权 [1]`],
      ['远澜化工扩张下游', '乙证券报', '2025-06-02 18:00', `点评 - 远澜化工拟以${b}现金收购该农药企业 [2]`],
    );

  it('conflicts when two outlets give the same deal two sums', () => {
    expect(hasFindingIn(deal('18.6亿元', '16.8亿元'), 'conflict', '18.6亿元', '16.8亿元')).toBe(true);
  });

  it('corroborates the same sum, hedged or not', () => {
    const found = deal('18.6亿元', '约18.6亿元');
    expect(hasFindingIn(found, 'corroboration', '以18.6亿元', '以约18.6亿元')).toBe(true);
    expect(found.some((f) => f.kind === 'conflict')).toBe(false);
  });

  it('says nothing of a sum that buys nothing (以10亿元为限, 以5亿元计)', () => {
    const found = findingsOf(
      ['远澜化工回购', '甲财经', '2025-06-02 09:00', '公告 - 远澜化工拟以自有资金回购股份，总额以10亿元为上限 [1]'],
      ['远澜化工回购点评', '乙证券报', '2025-06-03 09:00', '点评 - 远澜化工回购总额以12亿元为上限 [2]'],
    );
    expect(found.some((f) => f.kind === 'conflict' && f.claims.some((c) => c.includes('以10亿元')))).toBe(false);
  });
});
