/**
 * Title figures the body gives only by arithmetic of two of its figures: a share (《长河》独揽春节档票房超四成:
 * the named work's figure over the market's of the same measure, time and period) and a change a year
 * on (去年净利降超三成: two levels of one subject a year apart). Through ingest, discovery and the
 * checker, with no curated entity.
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

describe('a title change of a year', () => {
  const body = (other = '华宸电力') => `业绩 - 华宸电力股份有限公司（600866）2024年归母净利润为20.1亿元 [1] - 2023年${other}归母净利润为31.5亿元 [2] - 华宸电力董事长表示，将继续推进新能源装机 [3] - 鲁能动力表示，公司今年不会扩产 [4]`;

  it('is supported by two levels of the named subject a year apart (20.1亿元 against 31.5亿元: −36.19%)', () => {
    const [finding] = headlines('华宸电力去年净利降超三成', body());
    expect(finding!.claims).toEqual(expect.arrayContaining([expect.stringContaining('20.1亿元'), expect.stringContaining('31.5亿元')]));
  });

  it('is not found outside the title’s range or direction, nor from another subject’s year', () => {
    expect(headlines('华宸电力去年净利降超四成', body())[0]!.claims).toHaveLength(1);
    expect(headlines('华宸电力去年净利增超三成', body())[0]!.claims).toHaveLength(1);
    expect(headlines('华宸电力去年净利降超三成', body('鲁能动力'))[0]!.claims).toHaveLength(1);
  });

  it('reads a rise of N倍 strictly: 增逾两倍 is more than 200% (1.5亿元 to 5.0亿元 is 233%)', () => {
    const text = '业绩 - 华宸电力股份有限公司（600866）2025年上半年净利润为5.0亿元 [1] - 2024年上半年公司净利润为1.5亿元 [2] - 华宸电力董事长表示，将继续推进新能源装机 [3]';
    expect(headlines('华宸电力上半年净利润增逾两倍', text)[0]!.claims).toHaveLength(3);
    expect(headlines('华宸电力上半年净利润增逾三倍', text)[0]!.claims).toHaveLength(1);
  });
});
