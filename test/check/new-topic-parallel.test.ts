/**
 * A clause that goes on in parallel with the one before (沿海港口集装箱吞吐量同比增长7.4%，内河港口增长3.1%;
 * 一线城市去化周期为17.8个月，二线城市为21.4个月): its own words, a verb of the same kind and a figure of
 * the same dimension, and no metric word, so it is of the measure before, its words its subject or scope.
 * Through ingest, discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, hasFindingIn, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

const observationsOf = (body: string) => runNewTopic(newTopicSeed(['用电量快报', '中电传媒', '2025-04-20 10:00', `用电 - ${body} [1]`])).articles[0]!.sections[0]!.claims[0]!.observations;

describe('a parallel clause with no metric word', () => {
  it('is of the measure before, its words its scope (第三产业增长9.8% after 第二产业用电量同比增长5.6%)', () => {
    const [first, second] = observationsOf('一季度第二产业用电量同比增长5.6%，第三产业增长9.8%');
    expect(second).toMatchObject({ metric: first!.metric, kind: 'change', time: first!.time, entity: first!.entity });
    expect(second!.scope).toContain('第三');
    expect(second!.scope).not.toContain('第二');
    expect(second!.compared.lower).toBe('9.8');
  });

  it('meets the same part’s figure elsewhere: another outlet’s differing figure conflicts', () => {
    const list = findingsOf(
      ['用电量快报', '中电传媒', '2025-04-20 10:00', '用电 - 一季度第二产业用电量同比增长5.6%，第三产业增长9.8% [1]'],
      ['一季度用电数据', '证券日报', '2025-04-21 10:00', '用电 - 一季度第三产业用电量同比增长9.2% [1]'],
    );
    expect(hasFindingIn(list, 'conflict', '第三产业增长9.8%', '第三产业用电量同比增长9.2%')).toBe(true);
  });

  it('is the company’s it names (极昂汽车增长21% after 澜途汽车9月交付量同比增长88%)', () => {
    const list = findingsOf(
      ['新势力9月交付', '第一财经', '2025-10-02 10:00', '交付 - 澜途汽车9月交付量同比增长88%，极昂汽车增长21% [1] - 澜途汽车表示，四季度将推出两款新车 [2]'],
      ['极昂汽车9月交付', '证券时报', '2025-10-02 12:00', '交付 - 极昂汽车9月交付量同比增长25% [1]'],
    );
    expect(hasFindingIn(list, 'conflict', '极昂汽车增长21%', '交付量同比增长25%')).toBe(true);
  });

  it('says nothing when the verb is of another kind, the dimension differs or the clause has its own time', () => {
    expect(observationsOf('一季度全国第二产业用电量为2.1万亿千瓦时，第三产业增长9.8%').map((o) => o.surface)).not.toContain('9.8%');
    expect(observationsOf('一季度全国第二产业用电量同比增长5.6%，第三产业增加800亿千瓦时').map((o) => o.surface)).not.toContain('800亿千瓦时');
    expect(observationsOf('一季度全国第二产业用电量同比增长5.6%，3月第三产业增长9.8%').map((o) => o.surface)).not.toContain('9.8%');
  });
});
