/** Basis points (个基点, bp) are hundredths of a percentage point: a change in them meets the same change in 个百分点. */
import { describe, expect, it } from 'vitest';
import { findingsOf, hasFindingIn } from '../helpers/seed-pipeline.ts';

describe('a change in basis points', () => {
  const findings = findingsOf(
    ['银行半年报：净息差继续收窄', '甲财经', '2025-08-30 10:00', '业绩 - 恒达银行上半年净息差为1.52%，较上年末下降17个基点 [1]'],
    ['恒达银行中报点评', '乙证券报', '2025-08-31 09:00', '点评 - 恒达银行上半年净息差为1.52%，较上年末下降0.17个百分点 [2]'],
    ['恒达银行中报再评', '丙日报', '2025-08-31 12:00', '点评 - 恒达银行上半年净息差较上年末下降20个基点 [3]'],
  );

  it('corroborates the same change written in percentage points', () => {
    expect(hasFindingIn(findings, 'corroboration', '下降17个基点', '下降0.17个百分点')).toBe(true);
  });

  it('conflicts with another change of the same period, never with itself', () => {
    expect(hasFindingIn(findings, 'conflict', '下降20个基点', '下降17个基点')).toBe(true);
    expect(findings.some((f) => f.kind === 'conflict' && f.claims.length === 2 && f.claims.every((c) => !c.includes('20个基点')))).toBe(false);
  });
});
