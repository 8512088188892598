/**
 * Issue 14 on any topic: times from earlier claims (同期, a bare 全年), 其中
 * narrowing the figure before, a figure with no time going on with the claim
 * before's, verbs that are no scope, short company names, indices as subjects.
 * Each runs through ingest, discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingTexts, hasFinding, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

const has = hasFinding;

describe('times, scopes and subjects on a new topic', () => {
  it('reads 同期 at the start of a claim as the period the claim before named', () => {
    const text = newTopicSeed(['化纤开工', '证券时报', '2025-05-10 08:00', '行业 - 据中国化学纤维工业协会统计，一季度头部涤纶企业开工率约85% [1] - 同期中小涤纶企业开工率约60% [2]']);
    expect(has(text, 'scope-mismatch', '开工率约85%', '开工率约60%')).toBe(true);
  });

  it('gives a flow with no time the period of the same company’s flow just before (上半年营收…，归母净利润…)', () => {
    const text = newTopicSeed(
      ['驰远半年报', '经济观察报', '2025-08-27 21:00', '半年报 - 驰远汽车股份有限公司上半年实现营业收入521.4亿元 [1] - 归母净利润为20.1亿元，同比下降31.2% [2]'],
      ['同行业绩', '财联社', '2025-08-29 19:50', '同行 - 驰远汽车上半年营收521.4亿元，归母净利润20.1亿元 [1]'],
    );
    expect(has(text, 'corroboration', '归母净利润为20.1亿元', '归母净利润20.1亿元')).toBe(true);
  });

  it('gives a claim opening with 其中 the time and subject of the figure it narrows', () => {
    const text = newTopicSeed(['水泥开工', '第一财经', '2025-04-20 08:00', '行业 - 据中国水泥协会统计，3月全国水泥企业开工率约55% [1] - 开工率同比下降3.1个百分点 [2] - 其中头部水泥企业开工率约72% [3]']);
    expect(has(text, 'scope-mismatch', '开工率约55%', '开工率约72%')).toBe(true);
  });

  it('narrows with 其中 a figure that has no metric word of its own', () => {
    const text = newTopicSeed(['货运量', '新浪财经', '2025-07-20 08:00', '运输 - 国家铁路局数据显示，上半年全国铁路完成货物吞吐量21.5亿吨 [1] - 其中煤炭运输完成9.8亿吨 [2]']);
    expect(has(text, 'scope-mismatch', '21.5亿吨', '9.8亿吨')).toBe(true);
  });

  it('carries the time of the claim before to a figure of the same measure and subject with none of its own', () => {
    const text = newTopicSeed(
      ['江南重工半年报', '中国证券报', '2025-08-28 20:00', '业绩 - 江南重工机械股份有限公司（600999）上半年实现净利润12.5亿元 [1] - 净利润同比下降20.3% [2]'],
      ['江南重工业绩下滑', '财联社', '2025-08-29 09:00', '业绩 - 江南重工上半年净利润12.5亿元，同比下降18.1% [1]'],
    );
    expect(has(text, 'conflict', '同比下降20.3%', '同比下降18.1%')).toBe(true);
  });

  it('reads a quarter alone that has not begun by the article’s date as last year’s (第四季度 in March)', () => {
    const corpus = runNewTopic(newTopicSeed(['华岳钢铁业绩回顾', '经济观察报', '2025-03-30 09:00', '业绩 - 华岳钢铁集团股份有限公司公司第四季度归母净利润为-2.3亿元，单季转亏 [1] - 第一季度公司预计扭亏 [2]']));
    const times = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims)).flatMap((c) => c.observations).map((o) => o.time);
    expect(times).toEqual(['2024-Q4']);
  });

  it('reads a quarter looked forward to (自二季度起将…) as this year’s, its frame no scope, a cut of a measure no price move', () => {
    const text = newTopicSeed(
      ['宏芯减产', '财联社', '2025-03-12 09:00', '减产 - 宏芯半导体股份有限公司（603900）3月11日宣布，自二季度起将晶圆投片量削减约20% [1]'],
      ['宏芯二季度', '中国证券报', '2025-04-30 09:00', '减产 - 宏芯半导体二季度起晶圆投片量下调约15% [1]'],
    );
    const corpus = runNewTopic(text);
    const observations = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.flatMap((c) => c.observations)));
    expect(observations.map((o) => [o.surface, o.metric, o.time, o.scope])).toEqual([
      ['约15%', '~投片量', '2025-Q2', '晶圆'],
      ['约20%', '~投片量', '2025-Q2', '晶圆'],
    ]);
    expect(has(text, 'conflict', '削减约20%', '下调约15%')).toBe(true);
  });

  it('reads a percentage right after a company as its share price’s move only when written as one (跌5.7%, 次日再涨近3%)', () => {
    const corpus = runNewTopic(newTopicSeed(['美股', '财联社', '2025-03-27 09:00', '美股 - 宏芯半导体股份有限公司跌5.7% [1] - 宏芯半导体次日再涨近3% [2] - 宏芯半导体晶圆投片削减约8% [3]']));
    const observations = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.flatMap((c) => c.observations)));
    expect(observations.filter((o) => o.metric === 'share-price-change').map((o) => o.surface)).toEqual(['5.7%', '近3%']);
  });

  it('dates the end of 从2023年的2.31元降至2.05元 at the claim’s own time, not the start’s', () => {
    const text = newTopicSeed(
      ['迅达快递年报', '证券时报', '2025-03-28 20:00', '年报 - 迅达快递股份有限公司（002973）3月27日晚间发布2024年年度报告 [1] - 全年快递服务单票收入从2023年的2.31元降至2.05元 [2]'],
      ['迅达快递单票收入', '第一财经', '2025-03-29 09:00', '业绩 - 迅达快递2024年快递服务单票收入为2.05元 [1]'],
    );
    expect(has(text, 'corroboration', '降至2.05元', '单票收入为2.05元')).toBe(true);
    expect(has(text, 'change', '从2023年的2.31元降至2.05元')).toBe(true);
  });

  it('dates the end of a change whose start alone is dated at the article’s time (由2024年的10.6%升至11.2%)', () => {
    const corpus = runNewTopic(newTopicSeed(['份额变化', '财联社', '2025-08-20 09:00', '份额 - 通远速运集团股份有限公司市场份额由2024年的10.6%升至11.2% [1]']));
    const times = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims)).flatMap((c) => c.observations).map((o) => o.time);
    expect(times).toEqual(['2024', '2025-08-20']);
  });

  it('reads a bare 全年 in the year an earlier claim of the article wrote out, and 实现 as no scope', () => {
    const text = newTopicSeed(
      ['江南重工年报', '界面新闻', '2025-03-30 20:00', '年报 - 江南重工机械股份有限公司（600999）3月29日晚间发布2024年年度报告 [1] - 公司全年实现营业收入88.6亿元 [2]'],
      ['江南重工营收', '财联社', '2025-04-01 09:00', '业绩 - 江南重工2024年营业收入为88.6亿元 [1]'],
    );
    expect(has(text, 'corroboration', '实现营业收入88.6亿元', '营业收入为88.6亿元')).toBe(true);
  });

  it('keeps a bare 全年 in the report’s year after a claim that looks back a year (2023年公司净亏损…)', () => {
    const text = newTopicSeed(
      ['华翔航空年报', '界面新闻', '2025-03-28 20:30', '年报 - 华翔航空股份有限公司（601177）3月28日晚间披露2024年年报 [1] - 2023年公司净亏损为41.8亿元 [2] - 其全年旅客运输量为1.46亿人次 [3]'],
      ['华翔航空运量', '财联社', '2025-03-29 09:00', '运营 - 华翔航空2024年旅客运输量为1.46亿人次 [1]'],
    );
    expect(has(text, 'corroboration', '其全年旅客运输量为1.46亿人次', '2024年旅客运输量为1.46亿人次')).toBe(true);
  });

  it('joins a stock name to the legal name it follows a place in, and a two-character name before an industry word', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['宁安江川化工一季报', '证券时报', '2025-04-28 20:00', '业绩 - 宁安江川化工股份有限公司（600998）一季度实现营业收入36.2亿元 [1]'],
      ['江川化工营收', '每日经济新闻', '2025-04-29 09:00', '业绩 - 江川化工一季度营业收入为33.1亿元 [1]'],
      ['北岭乳业', '第一财经', '2025-04-29 10:00', '业绩 - 北岭乳业股份有限公司（600997）一季度营业收入12.1亿元 [1] - 北岭4月液态奶销量同比增长8% [2]'],
    ));
    const names = corpus.entities.map((e) => [e.name, ...e.aliases]);
    expect(names.find((n) => n.includes('宁安江川化工股份有限公司'))).toContain('江川化工');
    expect(names.find((n) => n.includes('北岭乳业股份有限公司'))).toContain('北岭');
    expect(findingTexts(corpus).some((f) => f.kind === 'conflict' && f.claims.some((t) => t.includes('36.2亿元')) && f.claims.some((t) => t.includes('33.1亿元')))).toBe(true);
  });

  it('takes an index named by 指数 as the subject of its levels: two indices on one day are no conflict', () => {
    const text = newTopicSeed(
      ['煤炭运价', '证券时报', '2025-05-10 08:00', '运价 - 5月9日中国沿海煤炭运价指数（CBCFI）报812.5点 [1] - 同日中国沿海散货运价指数（CCBFI）报1020.4点 [2]'],
      ['沿海运价', '新浪财经', '2025-05-10 09:00', '运价 - 上海航运交易所数据显示，5月9日CBCFI报812.5点 [1] - 5月9日CCBFI报1020.4点 [2]'],
    );
    const corpus = runNewTopic(text);
    expect(corpus.entities.filter((e) => /指数$/.test(e.name)).map((e) => e.type)).toEqual(['index', 'index']);
    expect(findingTexts(corpus).filter((f) => f.kind === 'conflict')).toEqual([]);
    expect(has(text, 'corroboration', '（CBCFI）报812.5点', 'CBCFI报812.5点')).toBe(true);
  });
});

describe('products as the subject of their prices', () => {
  it('gives a futures contract its own series, whatever words stand before its code', () => {
    const text = newTopicSeed(
      ['期货', '证券时报', '2025-07-16 08:00', '期货 - 7月15日，大连商品交易所豆粕期货主力合约M2509收于2950元/吨 [1]'],
      ['期货', '新浪财经', '2025-08-16 08:00', '期货 - 8月15日，豆粕期货M2509合约收于3120元/吨 [1]'],
    );
    expect(has(text, 'change', '2950元/吨', '3120元/吨')).toBe(true);
  });

  it('never sets two products’ prices side by side as scopes of one figure', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['批价', '财联社', '2025-06-19 08:00', '价格 - 6月18日，青川老窖原箱批价为1250元/瓶 [1] - 同日青川特曲原箱批价为420元/瓶 [2]'],
      ['批价', '第一财经', '2025-06-19 09:00', '价格 - 6月18日青川老窖原箱批价为1260元/瓶 [1] - 同日青川特曲原箱批价为420元/瓶 [2]'],
    ));
    const found = findingTexts(corpus);
    expect(found.filter((f) => f.kind === 'scope-mismatch')).toEqual([]);
    // The one conflict is 青川老窖's own (1250 / 1260), never 青川老窖 against 青川特曲.
    expect(found.filter((f) => f.kind === 'conflict').map((f) => f.claims.every((t) => t.includes('青川老窖')))).toEqual([true]);
  });
});

it('sets no scopes apart when their figures are the same', () => {
  const text = newTopicSeed(
    ['牧业季报', '财联社', '2025-08-21 08:00', '业绩 - 北岭牧业股份有限公司（600996）上半年归母净利润52.3亿元 [1] - 其中第二季度实现净利润30.9亿元 [2]'],
    ['牧业', '新浪财经', '2025-08-21 09:00', '业绩 - 北岭牧业二季度单季净利润30.9亿元 [1]'],
  );
  expect(findingTexts(runNewTopic(text)).filter((f) => f.kind === 'scope-mismatch')).toEqual([]);
});

describe('findings that read right', () => {
  it('names a series of one family by its base and shows a loss as negative', () => {
    const text = newTopicSeed(
      ['北岭牧业', '证券时报', '2025-04-28 08:00', '业绩 - 北岭牧业股份有限公司（600996）一季度净亏损12.5亿元 [1]'],
      ['北岭牧业', '财联社', '2025-08-21 08:00', '业绩 - 北岭牧业二季度净利润20.3亿元 [1]'],
    );
    const change = runNewTopic(text).findings.find((f) => f.kind === 'change');
    expect(change?.summary).toContain('净利润随时间变化：2025年第一季度12.5亿元（即-12.5亿元） → 2025年第二季度20.3亿元（上升）');
  });

  it('gives a figure of several companies together to none of them', () => {
    const text = newTopicSeed(
      ['出栏', '经济观察报', '2025-07-20 08:00', '出栏 - 北岭牧业、江南农牧、东川食品三家头部企业上半年出栏量合计约4500万头 [1]'],
      ['出栏', '证券时报', '2025-07-21 08:00', '出栏 - 北岭牧业股份有限公司（600996）、江南农牧股份有限公司（600995）、东川食品股份有限公司（600994）上半年生猪出栏量分别为2100万头、1300万头、900万头 [1]'],
    );
    const found = runNewTopic(text).findings.filter((f) => f.kind !== 'syndication');
    expect(found.filter((f) => f.claims.some((c) => c.text.includes('4500万头')))).toEqual([]);
  });

  it('does not date the next claim’s 同期 by a reference point (恢复至2019年同期的九成)', () => {
    const corpus = runNewTopic(newTopicSeed(['春运复盘', '第一财经', '2025-02-24 08:15', '国际 - 国际航线方面，春运期间运输旅客622万人次，恢复至2019年同期的九成左右 [1] - 同期国际航线经济舱平均票价为3260元，同比下降15.2% [2]']));
    const claim = corpus.articles[0]!.sections[0]!.claims[1]!;
    expect(claim.observations.find((o) => o.surface === '3260元')?.time).toBe('2025');
  });

  it('does not date a figure by a claim that looks a year back (上年同期…为55.2亿元 then 净利润同比下降45.3%)', () => {
    const corpus = runNewTopic(newTopicSeed(['苏洋酒业半年报', '证券时报', '2025-08-28 20:00', '半年报 - 江苏苏洋酒业股份有限公司（002306）上半年实现营业收入148.3亿元 [1] - 公司上半年实现归母净利润30.2亿元 [2] - 上年同期公司归母净利润为55.2亿元 [3] - 净利润同比下降45.3% [4]']));
    const claim = corpus.articles[0]!.sections[0]!.claims[3]!;
    expect(claim.observations.find((o) => o.surface === '45.3%')?.time).toBe('2025-H1');
  });

  it('reads a claim that opens with 上年同期为 as the year before of the claim before’s figure: the title’s 减少4.2亿元 is their difference', () => {
    const text = newTopicSeed(['北牧乳业净利减少4.2亿元', '证券日报', '2025-08-27 02:40', '业绩 - 北牧乳业上半年净利润为18.3亿元 [1] - 上年同期为22.5亿元 [2]']);
    const corpus = runNewTopic(text);
    const claim = corpus.articles[0]!.sections[0]!.claims[1]!;
    expect(claim.observations.find((o) => o.surface === '22.5亿元')).toMatchObject({ metric: 'net-profit', kind: 'level' });
    expect(has(text, 'headline', '上年同期为22.5亿元')).toBe(true);
  });
});

describe('the year a section writes', () => {
  it('frames a bare 全年 in that section, even a year before the one an earlier section wrote', () => {
    const text = newTopicSeed(
      ['华轮橡胶年报', '上海证券报', '2025-04-29 12:20', '一季度 - 远驰汽车2025年第一季度营业收入为201.7亿元 [1] 配套 - 华轮橡胶股份有限公司（601966）同日披露，2024年轮胎销量为1.26亿条 [2] - 其全年净利润为-2.64亿元，主要受原材料涨价拖累 [3]'],
      ['轮胎企业业绩', '证券日报', '2025-08-30 10:00', '华轮橡胶 - 华轮橡胶上半年净利润为1.12亿元 [1] - 华轮橡胶2024年净亏损2.64亿元 [2]'],
    );
    expect(has(text, 'corroboration', '其全年净利润为-2.64亿元', '2024年净亏损2.64亿元')).toBe(true);
  });

  it('keeps the year carried into a section that writes none of its own', () => {
    const text = newTopicSeed(
      ['华轮橡胶年报', '上海证券报', '2025-04-29 12:20', '年报 - 华轮橡胶股份有限公司（601966）披露2024年年报，营业收入为310.5亿元 [1] 利润 - 公司全年净利润为-2.64亿元 [2]'],
      ['轮胎企业业绩', '证券日报', '2025-08-30 10:00', '华轮橡胶 - 华轮橡胶2024年净亏损2.64亿元 [1]'],
    );
    expect(has(text, 'corroboration', '公司全年净利润为-2.64亿元', '2024年净亏损2.64亿元')).toBe(true);
  });
});

describe('another time a claim gives the same measure at', () => {
  it('reads …，2024年全年为11.9% as the figure before it at that time: met against another outlet’s 2024 figure', () => {
    const text = newTopicSeed(
      ['华轮橡胶一季报', '界面新闻', '2025-04-30 10:00', '毛利 - 华轮橡胶股份有限公司（601966）一季度轮胎业务毛利率为16.4%，2024年全年为15.1% [1]'],
      ['华轮橡胶年报', '证券时报', '2025-03-28 21:00', '年报 - 华轮橡胶2024年轮胎业务毛利率为14.2% [1]'],
    );
    expect(has(text, 'conflict', '2024年全年为15.1%', '毛利率为14.2%')).toBe(true);
    // The first quarter's figure is of another time: one conflict, the year's.
    expect(findingTexts(runNewTopic(text)).filter((f) => f.kind === 'conflict')).toHaveLength(1);
  });
});

describe('an aside on the year before', () => {
  it('gives a figure with no time the quarter the article is about, not the year an aside looked back at', () => {
    const text = newTopicSeed(
      ['一季度两轮车市场', '每日经济新闻', '2025-04-21 09:00', '市场 - 据艾瑞数据，2025年第一季度国内电动两轮车销量为1320万辆 [1] - 2024年全年国内电动两轮车销量为5500万辆 [2] 厂商 - 雅驰科技股份有限公司以310万辆的销量排名第一 [3]'],
      ['雅驰科技一季度', '证券日报', '2025-04-25 09:00', '业绩 - 雅驰科技第一季度销量为310万辆 [1]'],
    );
    expect(has(text, 'corroboration', '以310万辆的销量', '销量为310万辆')).toBe(true);
    const times = runNewTopic(text).articles.flatMap((a) => a.sections.flatMap((s) => s.claims.flatMap((c) => c.observations))).map((o) => [o.surface, o.time]);
    expect(times).toContainEqual(['310万辆', '2025-Q1']);
    expect(times).not.toContainEqual(['310万辆', '2024']);
  });

  it('reads a company’s share 据X数据 as the company’s, not the data vendor’s', () => {
    const text = newTopicSeed(
      ['雅驰科技年报', '智通财经', '2025-03-25 09:00', '业绩 - 雅驰科技股份有限公司公布2024年业绩 [1] - 据艾瑞咨询数据，公司第四季度市场份额为23.2% [2]'],
      ['四季度两轮车', '财联社', '2025-01-17 09:00', '厂商 - 雅驰科技第四季度市场份额升至24% [1] - 艾瑞咨询分析师认为，行业集中度还将提升 [2]'],
    );
    expect(has(text, 'conflict', '市场份额为23.2%', '市场份额升至24%')).toBe(true);
  });
});

describe('a period that happens once', () => {
  it('meets a dated first-week figure with an undated one of the same year: they conflict', () => {
    const text = newTopicSeed(
      ['星海纪元发售', '澎湃新闻', '2025-10-20 10:00', '销量 - 《星海纪元》10月10日发售，首周销量为230万份 [1]'],
      ['四季度游戏市场', '财联社', '2025-12-01 10:00', '新品 - 《星海纪元》首周销量为210万份，位列同期新品第一 [1]'],
    );
    expect(has(text, 'conflict', '首周销量为230万份', '首周销量为210万份')).toBe(true);
    // 首周 is a time, neither an entity nor the subject of a series of its own.
    const corpus = runNewTopic(text);
    expect(corpus.entities.map((e) => e.name)).not.toContain('首周');
    expect(findingTexts(corpus).filter((f) => f.kind === 'change')).toEqual([]);
  });

  it('never meets the first day of one year’s event with another year’s', () => {
    const text = newTopicSeed(
      ['车展首日', '澎湃新闻', '2024-04-26 10:00', '客流 - 北辰国际车展首日客流为12.6万人次 [1]'],
      ['车展首日', '财联社', '2025-04-24 10:00', '客流 - 北辰国际车展首日客流为14.1万人次 [1]'],
    );
    expect(findingTexts(runNewTopic(text)).filter((f) => f.kind === 'conflict')).toEqual([]);
  });
});
