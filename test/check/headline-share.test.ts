/**
 * A title's share (《长河》独揽春节档票房超四成) read as a body figure of the subject it names over the
 * market's figure of the same measure, time and period (42.4亿元 ÷ 95.1亿元 = 44.59%). Through ingest,
 * discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/seed-pipeline.ts';

const headlines = (title: string, body: string) => findingsOf([title, '第一财经', '2025-02-05 08:45', body]).filter((f) => f.kind === 'headline');

describe('a title share of the market', () => {
  const body = '档期 - 据国家电影局统计，2025年春节档全国电影票房为95.1亿元 [1] - 猫眼专业版数据显示，2025年春节档《长河》票房为42.4亿元，位列档期票房榜首 [2] - 《长河》主演表示，续集已在筹备 [3]';

  it('is supported by the named work’s figure over the market’s', () => {
    const [finding] = headlines('《长河》独揽春节档票房超四成', body);
    expect(finding!.claims).toEqual(expect.arrayContaining([expect.stringContaining('票房为42.4亿元'), expect.stringContaining('票房为95.1亿元')]));
  });

  it('is not found when no such share lies in the title’s range', () => {
    const [finding] = headlines('《长河》独揽春节档票房超六成', body);
    expect(finding!.claims).toHaveLength(1);
  });
});
