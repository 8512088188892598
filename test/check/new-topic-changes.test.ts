/**
 * Changes written after the figure they change, against the base they name: 较上周下跌1.9% after a
 * price, 环比提升0.03元 after a unit revenue, 同比减亏14.5亿元 after a loss. Each is a change of the
 * figure before it; changes meet only changes against the same base. Through ingest, discovery and
 * the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingTexts, findingsOf, hasFindingIn, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

const findings = findingsOf;
const has = hasFindingIn;
const ofKind = (list: ReturnType<typeof findingTexts>, kind: string) => list.filter((f) => f.kind === kind);

describe('a change after the figure it changes', () => {
  it('reads 较上周下跌1.9% after a price as the price’s weekly change: two outlets that differ conflict', () => {
    const list = findings(
      ['碳酸锂周报', '上海有色网', '2025-01-11 10:00', '价格 - 据上海有色网数据，1月10日电池级碳酸锂现货均价为7.62万元/吨，较上周下跌1.9% [1]'],
      ['锂价继续走低', '财联社', '2025-01-11 12:00', '价格 - 受下游需求疲软拖累，1月10日电池级碳酸锂现货均价报7.62万元/吨，较上周下跌2.6% [1]'],
    );
    expect(has(list, 'conflict', '较上周下跌1.9%', '较上周下跌2.6%')).toBe(true);
  });

  it('never sets a change against one base (较上周) against a change against another (较年初)', () => {
    const list = findings(
      ['碳酸锂周报', '上海有色网', '2025-01-11 10:00', '价格 - 据上海有色网数据，1月10日电池级碳酸锂现货均价为7.62万元/吨，较上周下跌1.9% [1]'],
      ['锂价继续走低', '财联社', '2025-01-11 12:00', '价格 - 受下游需求疲软拖累，1月10日电池级碳酸锂现货均价报7.62万元/吨，较年初下跌15% [1]'],
    );
    expect(ofKind(list, 'conflict')).toEqual([]);
    expect(has(list, 'corroboration', '均价为7.62万元/吨', '均价报7.62万元/吨')).toBe(true);
  });

  it('reads 较上年同期 as 同比: the same change written both ways corroborates', () => {
    const list = findings(
      ['澜途汽车9月交付', '证券时报', '2025-10-02 10:00', '交付 - 澜途汽车9月交付量较上年同期增长88% [1]'],
      ['新势力9月成绩单', '第一财经', '2025-10-02 12:00', '交付 - 澜途汽车9月交付量同比增长88%，再创新高 [1]'],
    );
    expect(has(list, 'corroboration', '交付量较上年同期增长88%', '交付量同比增长88%')).toBe(true);
    expect(ofKind(list, 'conflict')).toEqual([]);
  });

  it('reads a change in the figure’s own unit right after it (单票收入为1.96元，环比提升0.03元)', () => {
    const list = findings(
      ['迅达快递8月经营简报', '中国邮政快递报', '2025-09-20 10:00', '经营 - 迅达快递股份有限公司公告显示，8月快递服务单票收入为1.96元，环比提升0.03元 [1]'],
      ['快递单价回升', '财联社', '2025-09-20 12:00', '经营 - 迅达快递8月快递服务单票收入1.96元，环比增加0.05元，业务量同比增长12% [1]'],
    );
    expect(has(list, 'conflict', '环比提升0.03元', '环比增加0.05元')).toBe(true);
    expect(has(list, 'corroboration', '单票收入为1.96元', '单票收入1.96元')).toBe(true);
  });

  it('reads 减亏 after a loss as a smaller loss, never as a level of it', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['南溪航空年报', '证券时报', '2025-03-30 10:00', '业绩 - 南溪航空股份有限公司（600466）公告称，2024年净亏损16.9亿元，同比减亏14.5亿元 [1]'],
    ));
    const claim = corpus.articles[0]!.sections[0]!.claims[0]!;
    const change = claim.observations.find((o) => o.surface === '14.5亿元');
    expect(change).toMatchObject({ kind: 'change', metric: 'net-loss' });
    // In the profit family a smaller loss is a rise.
    expect(change!.compared.lower).toBe('1450000000');
    expect(claim.observations.find((o) => o.surface === '16.9亿元')).toMatchObject({ kind: 'level' });
  });

  it('reads no change in a figure of another unit after it (成本降至12.9元/公斤，较年初的14.5元/公斤下降1.6元)', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['豫康牧业成本', '证券时报', '2025-07-10 10:00', '成本 - 豫康牧业6月生猪养殖完全成本降至12.9元/公斤，较年初的14.5元/公斤下降1.6元 [1]'],
    ));
    const claim = corpus.articles[0]!.sections[0]!.claims[0]!;
    expect(claim.observations.filter((o) => o.surface === '1.6元')).toEqual([]);
  });

  it('reads 由A降至B after a fee (单票派费由0.45元降至0.38元) as a change of that fee', () => {
    const list = findings(['快递价格战', '第一财经', '2025-06-10 10:00', '网点 - 通远速运义乌片区一位负责人透露，当地网点单票派费由0.45元降至0.38元 [1]']);
    expect(list.some((f) => f.kind === 'change' && f.claims.some((c) => c.includes('由0.45元降至0.38元')))).toBe(true);
  });
});

describe('a change after a steady state of its metric', () => {
  it('reads 销售价格环比持平，同比下降5.2% as a 同比 change of the price, with the words of its clause: another outlet’s 5.6% conflicts', () => {
    const list = findings(
      ['房价', '国家统计局', '2025-03-17 10:00', '房价 - 2月份，70个大中城市中一线城市新建商品住宅销售价格环比持平，同比下降5.2% [1]'],
      ['房价降幅收窄', '证券时报', '2025-03-17 12:00', '房价 - 2月份，一线城市新建商品住宅销售价格同比下降5.6%，降幅收窄 [1]'],
    );
    expect(has(list, 'conflict', '环比持平，同比下降5.2%', '同比下降5.6%')).toBe(true);
  });
});

describe('the base a change is measured from, written out (较5月的2.10美元上涨38.1%)', () => {
  const baseOf = (text: string, surface: string) => {
    const corpus = runNewTopic(newTopicSeed(['钢价周报', '兰格钢铁网', '2025-06-20 10:00', `价格 - ${text} [1]`]));
    return corpus.articles[0]!.sections[0]!.claims[0]!.observations.find((o) => o.surface.includes(surface));
  };

  it('is the level before’s measure and subject at the base’s time, never at the clause’s', () => {
    const level = baseOf('6月上旬北辰钢铁螺纹钢出厂价为3650元/吨，较5月的3800元/吨下调150元', '3650元');
    const base = baseOf('6月上旬北辰钢铁螺纹钢出厂价为3650元/吨，较5月的3800元/吨下调150元', '3800元');
    expect(base).toMatchObject({ metric: level!.metric, entity: level!.entity, scope: level!.scope, time: '2025-05', kind: 'level' });
    expect(base!.compared.lower).toBe('3800');
  });

  it('says nothing when the base names no time (较此前的…) or no level comes before it', () => {
    expect(baseOf('北辰钢铁螺纹钢出厂价为3650元/吨，较此前的3800元/吨下调150元', '3800元')).toBeUndefined();
    expect(baseOf('北辰钢铁螺纹钢出厂价较5月的3800元/吨下调150元', '3800元')).toBeUndefined();
  });

  it('meets the base’s own month elsewhere: the same figure corroborates, another conflicts', () => {
    const seed = (may: string) => findings(
      ['钢价周报', '兰格钢铁网', '2025-06-20 10:00', '价格 - 6月上旬北辰钢铁螺纹钢出厂价为3650元/吨，较5月的3800元/吨下调150元 [1]'],
      ['北辰钢铁5月调价', '我的钢铁网', '2025-05-20 10:00', `价格 - 5月北辰钢铁螺纹钢出厂价为${may}元/吨 [1]`],
    );
    expect(has(seed('3800'), 'corroboration', '较5月的3800元/吨', '出厂价为3800元/吨')).toBe(true);
    expect(has(seed('3920'), 'conflict', '较5月的3800元/吨', '出厂价为3920元/吨')).toBe(true);
  });
});
