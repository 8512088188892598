/** Who a figure belongs to, on a topic nobody curated: sources, lists, names the registry lacks, scopes. */
import { describe, expect, it } from 'vitest';
import { clauseSource } from '../../src/check/attribution.ts';
import { residueKind, splitPhrase } from '../../src/check/scope.ts';
import { seed } from './helpers.ts';
import { checkNewTopic } from './new-topic.ts';

const article = (outlet: string, time: string, body: string, title = '行业动态'): [string, string, string, string] => [title, outlet, time, body];
const observe = (body: string) => checkNewTopic(seed(article('财联社', '2025-06-01 08:00', body))).observations;
const kinds = (...articles: [string, string, string, string][]) => checkNewTopic(seed(...articles)).findings.map((f) => f.kind);

describe('sources are not subjects', () => {
  it('cuts out 据X统计, X数据显示, X表示 and keeps X when it speaks of itself', () => {
    const text = '据中国光伏行业协会统计，4月组件开工率约五成';
    expect(clauseSource(text, 0, text.indexOf('，'))).toMatchObject({ speech: false });
    expect(clauseSource('海关总署数据显示，出口增长', 0, 9)).toMatchObject({ reporter: { start: 0, end: 4 }, speech: false });
    expect(clauseSource('隆晶绿能称其一季度营收下降', 0, 13)).toMatchObject({ selfReference: true });
    expect(clauseSource('该产品被称为行业标杆', 0, 10)).toBeUndefined();
    expect(clauseSource('营收增长20%表示需求回暖', 0, 13)).toBeUndefined();
  });

  it('gives 据X统计，开工率约五成 to the sector, not to X', () => {
    const [o] = observe('数据 - 据中国光伏行业协会统计，行业开工率约五成 [1]');
    expect(o).toMatchObject({ attribution: 'sector', entity: null, metric: 'capacity-utilization' });
  });

  it('gives a company its own figure when it reports it (X预计…)', () => {
    const [o] = observe('业绩 - 湘泉酒业预计上半年净亏损约0.9亿元 [1]');
    expect(o).toMatchObject({ attribution: 'text', entity: '~湘泉酒业', metric: 'net-loss' });
  });
});

describe('lists and names', () => {
  it('pairs A、B、C净利润分别为1亿、2亿、3亿元 in order, sharing the unit', () => {
    const os = observe('业绩 - 甲能源、乙集团、丙股份净利润分别为1亿、2亿、3亿元 [1]');
    expect(os.map((o) => [o.entity, o.quantity.amount, o.quantity.unit])).toEqual([
      ['~甲能源', '100000000', 'CNY'],
      ['~乙集团', '200000000', 'CNY'],
      ['~丙股份', '300000000', 'CNY'],
    ]);
  });

  it('gives a list whose counts differ to nobody', () => {
    expect(observe('业绩 - 甲公司、乙集团净利润分别为1亿、2亿、3亿元 [1]').every((o) => o.attribution === 'none')).toBe(true);
  });

  it('never pools two companies the registry does not know into one block', () => {
    expect(kinds(article('财联社', '2025-06-01 08:00', '业绩 - 宁德新能营收3620亿元 [1]'), article('证券时报', '2025-06-01 09:00', '业绩 - 比亚电营收7771亿元 [1]'))).toEqual([]);
  });

  it('compares nothing for a figure nobody is known to own', () => {
    const found = kinds(article('财联社', '2025-06-01 08:00', '业绩 - 营收3620亿元 [1]'), article('证券时报', '2025-06-01 09:00', '业绩 - 营收7771亿元 [1]'));
    expect(found.filter((k) => k !== 'syndication')).toEqual([]);
  });

  it('compares one name across outlets: a conflict on one period, nothing across periods', () => {
    expect(kinds(article('财联社', '2025-06-01 08:00', '业绩 - 川窖股份一季度营业收入为369.6亿元 [1]'), article('证券时报', '2025-06-01 09:00', '业绩 - 川窖股份一季度营收352.1亿元 [1]'))).toContain('conflict');
    expect(kinds(article('财联社', '2025-06-01 08:00', '业绩 - 川窖股份2024年营业收入为369.6亿元 [1]'), article('证券时报', '2025-06-01 09:00', '业绩 - 川窖股份一季度营收352.1亿元 [1]'))).not.toContain('conflict');
  });
});

describe('families and signs', () => {
  it('reads 净亏损14亿元 as 净利润 −14亿元: they agree', () => {
    expect(kinds(article('财联社', '2025-08-30 08:00', '业绩 - 华晟光电上半年净利润为-14亿元 [1]'), article('证券时报', '2025-08-30 09:00', '业绩 - 华晟光电上半年净亏损14亿元 [1]'))).toContain('corroboration');
    expect(kinds(article('财联社', '2025-08-30 08:00', '业绩 - 华晟光电上半年净利润为-14亿元 [1]'), article('证券时报', '2025-08-30 09:00', '业绩 - 华晟光电上半年净亏损18亿元 [1]'))).toContain('conflict');
  });

  it('sets 扣非净利润 beside 净利润 as another reading, never as a conflict', () => {
    const found = kinds(article('财联社', '2025-08-30 08:00', '业绩 - 华晟光电上半年净利润为12亿元 [1]'), article('证券时报', '2025-08-30 09:00', '业绩 - 华晟光电上半年扣非净利润9亿元 [1]'));
    expect(found).not.toContain('conflict');
    expect(found).toContain('scope-mismatch');
  });

  it('makes 同比 a change, not a level', () => {
    const [level, change] = observe('业绩 - 华晟光电上半年营收410亿元，同比下降27.5% [1]');
    expect(level).toMatchObject({ kind: 'level', metric: 'revenue' });
    expect(change).toMatchObject({ kind: 'change', metric: 'revenue', entity: '~华晟光电' });
    expect(change!.scopeKey).toContain('同比');
  });
});

describe('scopes', () => {
  it('splits scope words, fillers and a residue', () => {
    expect(splitPhrase('国内多晶硅现货')).toEqual({ scopes: ['全国', '现货'], periods: [], residue: '多晶硅' });
    expect(splitPhrase('我国全年').scopes).toEqual(['全国']);
    expect(splitPhrase('行业整体').scopes).toEqual(['行业']);
    // 正常保有量, 合理库存: a reference level is a scope of the measure, never a thing called 正常.
    expect(splitPhrase('正常')).toEqual({ scopes: ['正常'], periods: [], residue: '' });
    expect(splitPhrase('经销商合理')).toMatchObject({ scopes: ['合理'], residue: '经销商' });
    expect(splitPhrase('1年期').scopes).toEqual(['1年期']);
    // A population before the thing measured is its scope: 粗钢 of 重点统计钢铁企业.
    expect(splitPhrase('重点统计钢铁企业粗钢')).toEqual({ scopes: ['统计钢铁企业', '重点'], periods: [], residue: '粗钢' });
    expect(splitPhrase('钢铁企业').residue).toBe('钢铁企业');
    // A spec's letters go with its figures: 热轧卷板（4.75mm） is 热轧卷板, HRB400E 20mm螺纹钢 is 螺纹钢's.
    expect(splitPhrase('上海热轧卷板（4.75mm）现货')).toEqual({ scopes: ['上海', '现货'], periods: [], residue: '热轧卷板' });
    expect(splitPhrase('HRB400E 20mm螺纹钢').residue).toBe('螺纹钢');
    // A place's own word for itself is the place: 上海地区 = 浙江省 → the place; 上海市场 is not 上海市.
    expect(splitPhrase('上海地区HRB400E 20mm螺纹钢现货')).toEqual({ scopes: ['上海', '现货'], periods: [], residue: '螺纹钢' });
    expect(splitPhrase('浙江省快递').residue).toBe('快递');
    // Examples before the kind they are of: 内蒙古、河北等10个主产省份 is 主产省份.
    expect(splitPhrase('内蒙古、河北等10个主产省份生鲜乳')).toEqual({ scopes: ['主产省份'], periods: [], residue: '生鲜乳' });
    expect(splitPhrase('上海市场螺纹钢').scopes).toEqual(['上海', '行业']);
    expect(residueKind('中小企业')).toBe('population');
    expect(residueKind('航线')).toBe('population');
    expect(residueKind('公司')).toBe('pronoun');
    expect(residueKind('铁矿石')).toBe('subject');
  });

  it('sets a population’s figure of a thing beside the national one (重点统计钢铁企业粗钢日产 vs 全国粗钢日产), never against it', () => {
    const found = kinds(
      article('中国冶金报', '2025-03-14 08:00', '产量 - 3月上旬重点统计钢铁企业粗钢日产为212.6万吨 [1]'),
      article('证券时报', '2025-03-14 09:00', '产量 - 据测算，3月上旬全国粗钢日产约为268.9万吨 [1]'),
    );
    expect(found).toContain('scope-mismatch');
    expect(found).not.toContain('conflict');
  });

  it('gives a commodity its figure, with 现货 and 期货 as scopes, not a conflict', () => {
    const found = kinds(article('财联社', '2025-06-01 08:00', '价格 - 6月1日碳酸锂现货价格为7.5万元/吨 [1]'), article('证券时报', '2025-06-01 09:00', '价格 - 6月1日碳酸锂期货价格为7.9万元/吨 [1]'));
    expect(found).not.toContain('conflict');
    expect(found).toContain('scope-mismatch');
  });

  it('reads 我国 and 国内 as one scope', () => {
    expect(kinds(article('财联社', '2025-06-10 08:00', '数据 - 5月我国CPI同比上涨0.2% [1]'), article('证券时报', '2025-06-10 09:00', '数据 - 5月国内CPI同比上涨0.6% [1]'))).toContain('conflict');
  });

  it('makes an ad-hoc metric of a phrase the lexicon lacks (熔量), and a price of a word ending in 价 (批价, 现货价)', () => {
    expect(observe('产能 - 6月全国浮法玻璃日熔量为15.8万吨 [1]')[0]).toMatchObject({ metric: '~熔量' });
    const [o] = observe('价格 - 6月18日黔台飞仙原箱批价为2150元/瓶 [1]');
    expect(o).toMatchObject({ metric: 'price', entity: '~黔台飞仙原箱', scopeKey: '批', quantity: { unit: 'CNY/bottle', dimension: 'rate:money:CNY/bottle' } });
    expect(kinds(article('财联社', '2025-06-19 08:00', '价格 - 6月18日黔台飞仙原箱批价为2150元/瓶 [1]'), article('证券时报', '2025-06-19 09:00', '价格 - 6月18日，黔台飞仙原箱批价为2080元/瓶 [1]'))).toContain('conflict');
    // 现货价 and 期货价 of one thing on one day are two kinds of price: never a conflict.
    const spot = kinds(article('财联社', '2025-06-30 18:00', '价格 - 6月30日上海螺纹钢现货价为3090元/吨 [1]'), article('证券时报', '2025-06-30 19:00', '价格 - 6月30日上海螺纹钢期货价为2985元/吨 [1]'));
    expect(spot).not.toContain('conflict');
    expect(spot).toContain('scope-mismatch');
  });

  it('reads a money rate with no metric word as a price (合约从4月1日的3280元/吨跌至…)', () => {
    const os = observe('期货 - 螺纹钢期货RB2510合约从4月1日的3280元/吨跌至6月30日的2985元/吨 [1]');
    expect(os.map((x) => [x.metric, x.time, x.quantity.display])).toEqual([['price', '2025-04-01', '3280元/吨'], ['price', '2025-06-30', '2985元/吨']]);
    // 从 is no scope.
    expect(os.map((x) => x.scopeKey)).toEqual(['期货', '期货']);
  });

  it('reads a Latin metric word only as a whole word (GDP is not in GDPR)', () => {
    expect(observe('监管 - 欧盟依据GDPR对该平台罚款12亿欧元 [1]').map((x) => x.metric)).not.toContain('gdp');
    expect(observe('宏观 - 一季度GDP为31.8万亿元 [1]').map((x) => x.metric)).toContain('gdp');
  });
});

describe('a clause that is only a speaker', () => {
  it('speaks for the clause after it: X此前披露，上半年净亏损6.3亿元 is X’s', () => {
    const o = observe('业绩 - 锦川发展股份有限公司此前披露，上半年净亏损6.3亿元 [1]');
    expect(o.map((x) => [x.quantity.surface, x.metric])).toEqual([['6.3亿元', 'net-loss']]);
    // Not in the registry here: the speaker's name as written is the subject.
    expect(o[0]!.entity).toMatch(/锦川发展/);
  });
  it('but an agency’s data is never its own: 国家统计局数据显示，… stays the sector’s', () => {
    expect(observe('数据 - 国家统计局表示，上半年全国新建商品房销售面积3.59亿平方米 [1]').map((x) => x.attribution)).toEqual(['sector']);
  });
});

