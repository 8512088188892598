/**
 * A daily average after its total (累计运输旅客1143.6万人次，日均228.7万人次) is the same measure per day.
 * A share of a whole (螺纹钢产量1200万吨，占公司总产量的40%): the figure is a 占比 of the figure before it,
 * never a level of the whole's metric (总产量), and shares of different parts never meet. Through
 * ingest, discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingTexts, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

const rebar = (outlet: string, date: string, claim: string) => ['华岳钢铁产量结构', outlet, date, `产量 - ${claim} [1]`] as [string, string, string, string];

describe('a share of a whole', () => {
  it('reads 占公司总产量的40% as the share of the output before it: two outlets that differ conflict', () => {
    const list = findingTexts(runNewTopic(newTopicSeed(
      rebar('证券时报', '2025-08-28 10:00', '华岳钢铁股份有限公司上半年螺纹钢产量1200万吨，占公司总产量的40%'),
      rebar('第一财经', '2025-08-29 12:00', '华岳钢铁上半年螺纹钢产量为1200万吨，约占总产量的45%'),
    )));
    expect(list.some((f) => f.kind === 'conflict' && f.claims.some((c) => c.includes('的40%')) && f.claims.some((c) => c.includes('的45%')))).toBe(true);
  });

  it('never sets the shares of two parts against each other (螺纹钢 40%, 线材 20% of one whole)', () => {
    const list = findingTexts(runNewTopic(newTopicSeed(
      rebar('证券时报', '2025-08-28 10:00', '华岳钢铁股份有限公司上半年螺纹钢产量1200万吨，占公司总产量的40%'),
      rebar('财联社', '2025-08-28 12:00', '华岳钢铁上半年线材产量600万吨，占公司总产量的20%'),
    )));
    expect(list.filter((f) => f.kind === 'conflict')).toEqual([]);
  });

  it('gives the share the metric 占比 and the whole as its scope, with the part’s subject and time', () => {
    const corpus = runNewTopic(newTopicSeed(['快递业务量', '中国邮政快递报', '2025-09-15 10:00', '浙江 - 8月义乌市快递业务量完成8.63亿件，占全省的近三成 [1]']));
    const claim = corpus.articles[0]!.sections[0]!.claims[0]!;
    const share = claim.observations.find((o) => o.surface === '近三成');
    expect(share).toMatchObject({ metric: 'proportion', kind: 'level', time: '2025-08' });
    expect(share!.scope).toContain('占全省');
    expect(share!.entity).toBe(claim.observations.find((o) => o.surface === '8.63亿件')!.entity);
  });
});

describe('a daily average after its total', () => {
  it('reads 日均228.7万人次 after a total as the measure per day: it corroborates another outlet’s daily figure, not the total', () => {
    const list = findingTexts(runNewTopic(newTopicSeed(
      ['五一民航', '中国民航报', '2025-05-06 10:00', '假期 - 民航局数据显示，五一假期（5月1日至5日）全国民航累计运输旅客1143.6万人次，日均228.7万人次 [1]'],
      ['五一出行', '新京报', '2025-05-07 10:00', '假期 - 五一假期全国民航日均运输旅客228.7万人次 [1]'],
    )));
    expect(list.some((f) => f.kind === 'corroboration' && f.claims.some((c) => c.includes('累计运输旅客1143.6万人次，日均228.7万人次')) && f.claims.some((c) => c.includes('日均运输旅客228.7万人次')))).toBe(true);
    expect(list.filter((f) => f.kind === 'conflict')).toEqual([]);
  });
});
