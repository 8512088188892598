/**
 * Whose figure it is on a new topic, across claims: a section headed by a company, 该公司 after a
 * claim naming one, a national figure in an article about a statistics body, a company's part of
 * its business. Through ingest, discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingTexts, hasFinding, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

const has = hasFinding;

describe('subjects across claims', () => {
  it('reads 公司 in a section headed by one company as that company', () => {
    const text = newTopicSeed(
      ['冷链季报汇总', '界面新闻', '2025-04-30 20:00', '南岭物流 - 南岭物流集团股份有限公司（002888）一季度营收12.5亿元 [1] 北辰冷链 - 北辰冷链物流股份有限公司（603111）一季度营收21.6亿元 [2] - 去年全年公司营收为88.4亿元 [3]'],
      ['北辰冷链年报', '财联社', '2025-03-28 21:00', '年报 - 北辰冷链2024年营业收入为86.9亿元 [1]'],
    );
    expect(has(text, 'conflict', '公司营收为88.4亿元', '营业收入为86.9亿元')).toBe(true);
  });

  it('gives a claim with no subject of its own in a section headed by one company to that company', () => {
    const text = newTopicSeed(
      ['华翔航空、东岳航空2024年成绩单', '每日经济新闻', '2025-03-29 10:05', '华翔航空 - 华翔航空2024年客座率为81.2% [1] - 全年运输旅客14600万人次 [2] 东岳航空 - 东岳航空股份有限公司（600339）2024年净利润为8.9亿元 [3]'],
      ['华翔航空年报', '界面新闻', '2025-03-28 20:30', '年报 - 华翔航空股份有限公司（601177）披露2024年年报，全年旅客运输量为1.46亿人次 [1]'],
    );
    expect(has(text, 'corroboration', '全年运输旅客14600万人次', '旅客运输量为1.46亿人次')).toBe(true);
  });

  it('reads 该公司 as the one company the claim before named, in an article about several', () => {
    const text = newTopicSeed(
      ['冷链企业一季度分化', '证券时报', '2025-04-30 20:00', '企业 - 北辰冷链物流股份有限公司一季度净利润2.1亿元 [1] - 南岭物流集团股份有限公司一季度净亏损1.2亿元 [2] - 该公司一季度营收为40.5亿元，同比下降4.6% [3]'],
      ['南岭物流亏损', '第一财经', '2025-05-02 09:00', '业绩 - 南岭物流一季度营收41.2亿元 [1] - 南岭物流一季度净亏损1.2亿元 [2]'],
    );
    expect(has(text, 'conflict', '营收为40.5亿元', '营收41.2亿元')).toBe(true);
  });

  it('does not read a bare 公司 as the company the claim before named, in an article about several', () => {
    const corpus = runNewTopic(newTopicSeed(['冷链企业一季度分化', '新浪财经', '2025-04-30 20:00', '企业 - 北辰冷链物流股份有限公司与南岭物流集团股份有限公司一季度业绩分化 [1] - 南岭物流一季度净亏损1.2亿元 [2] - 公司高管减持:北辰冷链董事长计划减持120万股 [3]']));
    const claim = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims)).find((c) => c.text.startsWith('公司高管减持'))!;
    expect(claim.mentions.filter((m) => claim.text.slice(m.start, m.end) === '公司')).toEqual([]);
  });

  it('lists a claim whose subject is elided under the company its figures belong to, and a sector claim under none', () => {
    const corpus = runNewTopic(newTopicSeed(['华岳钢铁年报', '证券时报', '2025-03-28 20:00', '年报 - 华岳钢铁集团股份有限公司（600819）3月27日晚间披露2024年年度报告，全年实现营业收入1856.3亿元 [1] - 归属于上市公司股东的净利润为38.6亿元，同比下降41.2% [2] - 国家统计局数据显示，2024年全国粗钢产量为10.05亿吨 [3]']));
    const claims = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims));
    const company = corpus.entities.find((e) => e.name.startsWith('华岳钢铁'))!.id;
    expect(claims.find((c) => c.text.startsWith('归属于'))!.entities).toEqual([company]);
    expect(claims.find((c) => c.text.includes('全国粗钢产量'))!.entities).not.toContain(company);
  });

  it('gives a national figure in an article about a statistics body to the sector, not the body', () => {
    const text = newTopicSeed(
      ['国家能源局发布5月能源数据', '中国证券报', '2025-06-16 10:00', '数据 - 国家能源局数据显示，5月全国发电量为7,518亿千瓦时 [1] - 国家能源局表示，迎峰度夏保供有力 [2]'],
      ['5月发电量', '新浪财经', '2025-06-16 11:00', '电力 - 5月全国发电量为7,426亿千瓦时，同比增长0.5% [1]'],
    );
    expect(has(text, 'conflict', '发电量为7,518亿千瓦时', '发电量为7,426亿千瓦时')).toBe(true);
  });

  it('gives a company its measure of a part of its business, the part as scope (储能电池出货量 after its total)', () => {
    const text = newTopicSeed(['恒远储能年报', '界面新闻', '2025-03-28 20:00', '出货 - 恒远储能科技股份有限公司2024年锂电池出货量为120GWh [1] - 储能电池出货量为40GWh [2] - 动力电池出货量为80GWh [3] - 恒远储能董事长表示，海外订单增长 [4]']);
    expect(has(text, 'scope-mismatch', '储能电池出货量为40GWh', '动力电池出货量为80GWh')).toBe(true);
  });

  it('keeps a sector’s measure with the sector when the claim before was about it (同期内河港口…)', () => {
    const text = newTopicSeed(['港口吞吐量', '财联社', '2025-04-20 08:00', '港口 - 海川港口集团股份有限公司一季度集装箱吞吐量为820万TEU [1] - 据中国港口协会统计，一季度全国沿海港口集装箱吞吐量为6520万TEU [2] - 同期内河港口集装箱吞吐量为980万TEU [3] - 海川港口董事长表示，航线加密 [4]']);
    expect(findingTexts(runNewTopic(text)).some((f) => f.claims.some((t) => t.includes('820万TEU')) && f.claims.some((t) => t.includes('980万TEU')))).toBe(false);
  });

  it('types what a company sells as a product (该公司全年生鲜乳销量), and keeps the place before a product’s name as the scope of its price', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['奶价周报', '农民日报', '2025-03-15 10:00', '价格 - 据农业农村部监测，3月第2周主产省份生鲜乳平均价格为3.12元/公斤 [1] - 其中内蒙古生鲜乳平均价格为3.01元/公斤 [2]'],
      ['北牧乳业年报', '证券时报', '2025-03-30 10:00', '年报 - 北牧乳业股份有限公司（600419）发布年报 [1] - 该公司全年生鲜乳销量为158.4万吨 [2]'],
    ));
    const milk = corpus.entities.find((e) => e.name === '生鲜乳');
    expect(milk?.type).toBe('product');
    const list = findingTexts(corpus);
    expect(list.some((f) => f.kind === 'scope-mismatch' && f.claims.some((t) => t.includes('3.12元')) && f.claims.some((t) => t.includes('3.01元')))).toBe(true);
    expect(list.some((f) => f.kind === 'conflict')).toBe(false);
  });
  it('keeps a model’s number in what a price is of: DDR4 and DDR5 prices never meet, not as a conflict nor as one series', () => {
    const list = findingTexts(runNewTopic(newTopicSeed(
      ['内存价格月报', '上海证券报', '2025-07-25 10:00', '价格 - 据TrendForce集邦咨询统计，6月DDR4 8Gb合约价为2.90美元 [1] - 同月DDR5 16Gb合约价为4.20美元 [2]'],
      ['内存涨价', '财联社', '2025-10-29 10:00', '价格 - 据TrendForce集邦咨询统计，9月DDR5 16Gb合约价为5.10美元 [1] - 10月DDR4 8Gb合约价为5.80美元 [2]'],
    )));
    expect(list.filter((f) => f.kind === 'conflict')).toEqual([]);
    const mixed = list.filter((f) => f.kind === 'change' && f.claims.some((t) => t.includes('DDR4')) && f.claims.some((t) => t.includes('DDR5')));
    expect(mixed).toEqual([]);
    expect(list.some((f) => f.kind === 'change' && f.claims.some((t) => t.includes('2.90美元')) && f.claims.some((t) => t.includes('5.80美元')))).toBe(true);
  });
});

describe('a report continued in the next claim', () => {
  it('gives a claim naming no one, after a company’s figure for a period, that company and period', () => {
    const text = newTopicSeed(
      ['轮胎行业年报季', '北京商报', '2025-04-02 10:00', '行业 - 据中国橡胶工业协会统计，2024年全国轮胎产量为10.2亿条 [1] 公司 - 华轮橡胶股份有限公司（601966）3月28日晚间发布年报，2024年实现营业收入310.5亿元 [2] - 归属于上市公司股东的净亏损为2.64亿元 [3]'],
      ['华轮橡胶年报', '证券日报', '2025-03-29 10:00', '年报 - 华轮橡胶2024年净利润为-2.64亿元 [1]'],
    );
    expect(has(text, 'corroboration', '归属于上市公司股东的净亏损为2.64亿元', '净利润为-2.64亿元')).toBe(true);
  });

  it('leaves a claim naming no one unowned after a figure that is no company’s', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['轮胎行业年报季', '北京商报', '2025-04-02 10:00', '行业 - 据中国橡胶工业协会统计，2024年全国轮胎行业营业收入为5120亿元 [1] - 利润总额为186亿元 [2]'],
      ['华轮橡胶年报', '证券日报', '2025-03-29 10:00', '年报 - 华轮橡胶股份有限公司2024年营业收入为310.5亿元，利润总额为186亿元 [1]'],
    ));
    expect(findingTexts(corpus).filter((f) => f.kind === 'corroboration' || f.kind === 'conflict')).toEqual([]);
  });
});

describe('a business segment after a company’s report', () => {
  it('is a part of that company, whichever word names it (板块, 业务, 分部), never the sector', () => {
    const text = newTopicSeed(
      ['华轮橡胶半年报', '证券日报', '2025-08-27 10:00', '华轮橡胶 - 华轮橡胶股份有限公司8月26日晚间发布半年报，上半年实现营业收入152.6亿元 [1] - 乘用车胎板块收入61200万元，占总营收的4.0% [2]'],
      ['轮胎企业中报', '中国证券报', '2025-08-27 12:00', '华轮橡胶 - 华轮橡胶上半年营业收入为152.6亿元 [1] - 华轮橡胶上半年乘用车胎业务收入为6.12亿元 [2]'],
    );
    expect(has(text, 'corroboration', '乘用车胎板块收入61200万元', '乘用车胎业务收入为6.12亿元')).toBe(true);
    const corpus = runNewTopic(text);
    expect(findingTexts(corpus).filter((f) => f.kind === 'scope-mismatch' && f.claims.some((c) => c.includes('61200万元')) && !f.claims.some((c) => c.includes('152.6亿元')))).toEqual([]);
  });
});
