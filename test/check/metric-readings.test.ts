/** A metric word whose figure has another dimension is read as the metric its readings name: 渠道库存约为1.5个月 is a 库存周期. */
import { describe, expect, it } from 'vitest';
import { findingsOf, hasFindingIn } from '../helpers/seed-pipeline.ts';

describe('库存 in months', () => {
  const findings = findingsOf(
    ['普川酒业去库存', '甲财经', '2025-04-29 09:00', '渠道 - 普川酒业董事长表示，普川酒业一季度末库存约为1.5个月 [1]'],
    ['普川酒业渠道调研', '乙证券报', '2025-04-30 10:00', '调研 - 调研显示，普川酒业一季度末库存周期约为3个月 [2]'],
  );

  it('meets the same company’s 库存周期', () => {
    expect(hasFindingIn(findings, 'conflict', '库存约为1.5个月', '库存周期约为3个月')).toBe(true);
  });
});
