/**
 * Measures written in other words on a new topic: a verb and its object (出口汽车 = 汽车出口量), an
 * ad-hoc measure whose name starts with a verb (耗气量, not 气量 of 日耗), and 日 before a measure as
 * 日均. Through ingest, discovery and the checker, with no curated entity or topic metric.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, findingTexts, hasFinding as has, hasFindingIn, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

describe('measures written in other words', () => {
  it('reads the object of a verb-metric as what was counted (出口汽车 and 汽车出口量)', () => {
    const text = newTopicSeed(
      ['前三季度汽车出口', '第一财经', '2025-10-15 10:00', '出口 - 海关总署数据显示，前三季度我国出口汽车458万辆，同比增长9.2% [1]'],
      ['汽车出口数据', '证券时报', '2025-10-16 09:00', '出口 - 前三季度国内汽车出口量为458万辆 [1]'],
    );
    expect(has(text, 'corroboration', '出口汽车458万辆', '汽车出口量为458万辆')).toBe(true);
  });

  it('keeps a verb-metric’s object apart from another object (出口汽车 and 出口轮胎)', () => {
    const text = newTopicSeed(
      ['前三季度出口', '第一财经', '2025-10-15 10:00', '出口 - 前三季度我国出口汽车458万辆 [1]'],
      ['出口数据', '证券时报', '2025-10-16 09:00', '出口 - 前三季度我国出口轮胎512万辆 [1]'],
    );
    expect(has(text, 'conflict', '出口汽车458万辆', '出口轮胎512万辆')).toBe(false);
  });

  it('keys an ad-hoc measure by the verb that starts it, and reads 日 before it as 日均', () => {
    const text = newTopicSeed(
      ['城燃日耗气量创新高', '上海证券报', '2025-01-20 08:00', '用气 - 据中国城市燃气协会统计，1月中旬纳入监测的城市燃气企业日均耗气量达到9.6亿立方米 [1]'],
      ['寒潮推高用气', '经济观察报', '2025-01-21 09:00', '用气 - 1月中旬城市燃气企业日耗气量为9.2亿立方米 [1]'],
    );
    expect(has(text, 'conflict', '日均耗气量达到9.6亿立方米', '日耗气量为9.2亿立方米')).toBe(true);
  });

  it('does not read 日 of a day named (今日, 同日) as 日均', () => {
    const text = newTopicSeed(
      ['城燃用气', '上海证券报', '2025-01-20 08:00', '用气 - 1月中旬城市燃气企业日均耗气量为9.6亿立方米 [1]'],
      ['寒潮推高用气', '经济观察报', '2025-01-21 09:00', '用气 - 1月中旬城市燃气企业今日耗气量为9.2亿立方米 [1]'],
    );
    expect(has(text, 'conflict', '日均耗气量为9.6亿立方米', '今日耗气量为9.2亿立方米')).toBe(false);
  });

  it('rounds half away from zero: a title’s loss is the body’s negative profit, a title’s figure the body’s 约 of it', () => {
    const text = newTopicSeed(
      ['华岳光能2024年亏损70.5亿元', '证券时报', '2025-04-30 20:00', '年报 - 华岳光能股份有限公司2024年净利润为-70.5亿元 [1]'],
      ['晶辉能源出货21.3GW居首', '第一财经', '2025-04-30 21:00', '出货 - 晶辉能源一季度组件出货量约为21.3GW [1]'],
    );
    const headlines = findingTexts(runNewTopic(text)).filter((f) => f.kind === 'headline' && f.claims.length === 2).map((f) => f.claims[1]);
    expect(headlines).toEqual(expect.arrayContaining([expect.stringContaining('-70.5亿元'), expect.stringContaining('约为21.3GW')]));
  });

  it('contradicts two figures written to the same digit that differ there (2.86亿台 and 2.85亿台)', () => {
    const text = newTopicSeed(
      ['手机出货', '第一财经', '2025-01-20 09:00', '市场 - 据IDC数据显示，2024年中国智能手机市场出货量为2.86亿台 [1]'],
      ['手机市场', '每日经济新闻', '2025-01-21 09:00', '市场 - 2024年全年我国智能手机市场出货量为2.85亿台 [1]'],
    );
    expect(has(text, 'conflict', '出货量为2.86亿台', '出货量为2.85亿台')).toBe(true);
  });

  it('pairs a 分别 list in order, though the last name stands right before the metric', () => {
    const text = newTopicSeed(
      ['厂商排名', '每日经济新闻', '2025-04-21 09:00', '排名 - 2025年第一季度星澜科技、沃锐通信出货量分别为1290万台和1150万台 [1]'],
      ['沃锐通信一季度', '证券日报', '2025-04-22 09:00', '出货 - 沃锐通信一季度出货量为1150万台 [1] - 星澜科技一季度出货量为1290万台 [2]'],
    );
    expect(has(text, 'corroboration', '分别为1290万台和1150万台', '沃锐通信一季度出货量为1150万台')).toBe(true);
    expect(has(text, 'conflict', '分别为1290万台和1150万台', '沃锐通信一季度出货量为1150万台')).toBe(false);
  });

  // An item the linker does not know keeps its name in the others' scope: they then meet nothing, rather than the wrong figures.
  it('gives no list item the other items’ names as its scope (甲、乙销量分别为…)', () => {
    const corpus = runNewTopic(newTopicSeed(['两轮车销量', '界面新闻', '2025-04-20 09:00', '排名 - 一季度雅驰科技、绿能电动科技销量分别为310万辆和240万辆 [1] 新品 - 绿能电动科技发布两款新车 [2] - 雅驰科技下调了入门车型售价 [3]']));
    const observations = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims.flatMap((c) => c.observations)));
    expect(observations.map((o) => [o.surface, o.scope])).toEqual([['310万辆', ''], ['240万辆', '']]);
  });

  it('reads a yearly measure per year (产能7620万吨/年) as the measure, the company before its product as its owner', () => {
    const text = newTopicSeed(
      ['氮肥产能', '期货日报', '2025-01-15 09:00', '产能 - 中国氮肥工业协会数据显示，截至2024年末我国尿素产能约为7620万吨/年 [1]'],
      ['晋煦化肥新装置投产', '界面新闻', '2025-07-23 10:00', '产能 - 晋煦化肥股份有限公司7月22日公告，新装置正式投产 [1] - 公司尿素总产能由180万吨/年增至260万吨/年 [2] - 中国氮肥工业协会统计，截至去年底全国尿素产能为7450万吨/年 [3]'],
    );
    expect(has(text, 'conflict', '产能约为7620万吨/年', '产能为7450万吨/年')).toBe(true);
    const change = findingTexts(runNewTopic(text)).find((f) => f.kind === 'change' && f.claims.some((c) => c.includes('由180万吨/年')));
    expect(change).toBeDefined();
  });

  it('types as goods, not a company, a name used only before measures that the country or a price also qualifies (全国尿素, 尿素价格)', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['尿素行情', '期货日报', '2025-03-12 09:00', '行情 - 尿素销量405万吨 [1] - 全国尿素产量为6930万吨 [2] - 山东尿素价格为1850元/吨 [3]'],
      ['尿素出口', '第一财经', '2025-06-10 09:00', '出口 - 尿素出口量为4.8万吨 [1]'],
    ));
    expect(corpus.entities.filter((e) => e.name === '尿素').map((e) => e.type)).not.toContain('company');
  });

  it('does not set a figure whose time is guessed from another subject’s claim against a dated one', () => {
    const text = newTopicSeed(
      ['一季度手机市场', '每日经济新闻', '2025-04-21 09:00', '市场 - 2025年第一季度中国智能手机市场出货量为7160万台 [1] - 2024年全年我国智能手机市场出货量为2.85亿台 [2] 排名 - 星澜科技出货量为1290万台 [3]'],
      ['星澜科技年报', '证券时报', '2025-03-25 09:00', '年报 - 星澜科技2024年全年出货量为4870万台 [1]'],
    );
    expect(has(text, 'conflict', '星澜科技出货量为1290万台', '出货量为4870万台')).toBe(false);
  });

  it('lists the claims of a day the outlets disagree on in the series, marked as not counted', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['长协价', '证券时报', '2025-02-10 09:00', '价格 - 2月份5500大卡动力煤年度长协价格为697元/吨 [1]'],
      ['长协价', '第一财经', '2025-02-11 09:00', '价格 - 2月份5500大卡动力煤年度长协价格为701元/吨 [1]'],
      ['长协价', '中国证券报', '2025-06-10 09:00', '价格 - 6月份5500大卡动力煤年度长协价格为671元/吨 [1]'],
      ['长协价', '上海证券报', '2025-10-10 09:00', '价格 - 10月份5500大卡动力煤年度长协价格为679元/吨 [1]'],
    ));
    const series = corpus.findings.find((f) => f.kind === 'change' && f.claims.length > 2)!;
    expect(series.summary).toContain('未计入');
    expect(series.claims.filter((c) => c.label?.endsWith('（未计入）')).map((c) => c.text)).toEqual(expect.arrayContaining([expect.stringContaining('697元/吨'), expect.stringContaining('701元/吨')]));
    expect(series.claims).toHaveLength(4);
  });

  it('compares a flow of energy per month, not per year (7月 and 8月 发电量 are no conflict)', () => {
    const text = newTopicSeed(
      ['7月发电', '上海证券报', '2025-08-15 09:00', '电力 - 7月份规上工业发电量9267亿千瓦时 [1]'],
      ['8月发电', '经济观察报', '2025-09-15 09:00', '电力 - 8月份规上工业发电量9520亿千瓦时 [1]'],
    );
    expect(has(text, 'conflict', '发电量9267亿千瓦时', '发电量9520亿千瓦时')).toBe(false);
  });

  it('reads a bare count after a measure named with its unit in that unit, and a claim’s second figure in the first one’s season', () => {
    const text = newTopicSeed(
      ['春节档收官', '财联社', '2025-02-05 09:00', '大盘 - 据国家电影局统计，2025年春节档（1月28日至2月4日）全国电影票房为95.10亿元，观影人次为1.87亿 [1]'],
      ['春节档观影', '北京商报', '2025-02-06 09:00', '大盘 - 春节档观影人次为18700万 [1]'],
    );
    expect(has(text, 'corroboration', '观影人次为1.87亿', '观影人次为18700万')).toBe(true);
  });

  it('checks a title that adds up two companies against the sum of their figures, and one company’s figure against no other’s', () => {
    const list = findingTexts(runNewTopic(newTopicSeed(
      ['两家电企上半年合计净利润41.5亿元', '证券时报', '2025-08-30 09:00', '业绩 - 华滨电力股份有限公司上半年实现归母净利润27.3亿元 [1] - 东陵发电股份有限公司上半年归母净利润为14.2亿元 [2]'],
      ['华滨电力上半年净利润13.1亿元', '第一财经', '2025-08-30 10:00', '业绩 - 华滨电力股份有限公司上半年实现归母净利润27.3亿元 [1] - 东陵发电股份有限公司上半年归母净利润为14.2亿元 [2]'],
    )));
    const headlines = list.filter((f) => f.kind === 'headline');
    expect(headlines.some((f) => f.claims[0]!.includes('合计净利润41.5亿元') && f.claims.length === 3)).toBe(true);
    expect(headlines.some((f) => f.claims[0]!.includes('净利润13.1亿元') && f.claims.length === 3)).toBe(false);
  });

  it('gives a company its product’s measure with a time between them (湘沅股份上半年复合肥销量)', () => {
    const text = newTopicSeed(
      ['湘沅股份半年报', '证券时报', '2025-08-26 20:00', '年报 - 湘沅复合肥股份有限公司上半年实现营业收入112.6亿元 [1] - 其复合肥销量为312万吨 [2]'],
      ['化肥企业半年报', '每日经济新闻', '2025-08-27 09:00', '湘沅股份 - 湘沅股份上半年复合肥销量为3150000吨 [1] - 湘沅股份董事长易秋实表示，秋季肥备货已启动 [2]'],
    );
    expect(has(text, 'conflict', '其复合肥销量为312万吨', '复合肥销量为3150000吨')).toBe(true);
  });

  it('reads 其中上半年为X after a figure as the same measure over that part of its period', () => {
    const text = newTopicSeed(
      ['川锦化工三季报', '每日经济新闻', '2025-10-28 20:00', '业绩 - 川锦化工股份有限公司前三季度归母净利润为-1.05亿元，其中上半年为-0.92亿元 [1]'],
      ['川锦化工半年报', '证券时报', '2025-08-28 20:00', '业绩 - 川锦化工股份有限公司上半年净亏损收窄至9200万元 [1]'],
    );
    expect(has(text, 'corroboration', '其中上半年为-0.92亿元', '净亏损收窄至9200万元')).toBe(true);
  });

  it('reads 主力合约 after goods as their futures price, a scope apart from the spot price, whatever the contract', () => {
    const text = newTopicSeed(
      ['尿素期现', '期货日报', '2025-10-28 09:00', '价格 - 10月27日，尿素现货价格为1490元/吨 [1] - 同日郑州商品交易所尿素期货主力合约UR2601收于1523元/吨 [2]'],
      ['尿素期货', '财联社', '2025-10-28 10:00', '期货 - 10月27日，郑商所尿素主力合约收报1523元/吨 [1] - 尿素现货价格为1490元/吨 [2]'],
    );
    expect(has(text, 'conflict', '现货价格为1490元/吨', '收于1523元/吨')).toBe(false);
    expect(has(text, 'corroboration', 'UR2601收于1523元/吨', '主力合约收报1523元/吨')).toBe(true);
  });

  it('corroborates one company’s figure written with and without the thing it counts, and never contradicts it', () => {
    const same = newTopicSeed(
      ['星澜科技年报', '界面新闻', '2025-03-25 09:00', '年报 - 星澜科技集团有限公司2024年全年全球智能手机出货量达16200万台 [1]'],
      ['手机厂商', '财联社', '2025-01-20 09:00', '排名 - 星澜科技集团有限公司2024年全球出货量约1.62亿台 [1]'],
    );
    expect(has(same, 'corroboration', '出货量达16200万台', '出货量约1.62亿台')).toBe(true);
    const other = newTopicSeed(
      ['星澜科技年报', '界面新闻', '2025-03-25 09:00', '年报 - 星澜科技集团有限公司2024年全年全球智能手机出货量达16200万台 [1]'],
      ['手机厂商', '财联社', '2025-01-20 09:00', '排名 - 星澜科技集团有限公司2024年全球出货量为1.85亿台 [1]'],
    );
    expect(has(other, 'conflict', '出货量达16200万台', '出货量为1.85亿台')).toBe(false);
  });

  it('reads a title’s 亏损收窄至X as a loss, the body’s negative profit', () => {
    const list = findingTexts(runNewTopic(newTopicSeed(
      ['华岳半导体亏损收窄至9.8亿元', '每日经济新闻', '2025-04-01 09:00', '年报 - 华岳半导体股份有限公司2024年净利润为-9.8亿元，上年同期为-31.5亿元 [1]'],
    )));
    expect(list.some((f) => f.kind === 'headline' && f.claims.length === 2 && f.claims[1]!.includes('-9.8亿元'))).toBe(true);
  });
});

describe('the report’s own words for a measure', () => {
  it('reads 归属于上市公司股东的净亏损 as 归母净亏损, not as a loss of a subject named 归属于上市公司股东', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['华轮橡胶年报', '证券时报', '2025-03-28 21:00', '年报 - 华轮橡胶股份有限公司（601966）2024年归属于上市公司股东的净亏损为2.64亿元 [1]'],
      ['轮胎企业业绩', '证券日报', '2025-03-29 10:00', '年报 - 华轮橡胶2024年归母净亏损2.64亿元 [1]'],
    ));
    const claim = corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims)).find((c) => c.text.includes('归属于上市公司股东'))!;
    expect(claim.observations.map((o) => o.metric)).toEqual(['attributable-net-loss']);
    expect(findingTexts(corpus).some((f) => f.kind === 'corroboration' && f.claims.length === 2)).toBe(true);
  });
});

describe('bank measures', () => {
  it('reads 净息差 as a measure of its own and 该行 as the bank the section is about, no scope', () => {
    const list = findingsOf(
      ['华信银行年报', '证券时报', '2025-03-27 13:05', '资产质量 - 华信银行股份有限公司（601858）2024年末不良贷款率为1.21% [1] - 该行2024年净息差为1.63% [2]'],
      ['华信银行业绩会', '中国证券报', '2025-03-30 00:15', '华信银行 - 华信银行2024年归母净利润增长3.2% [1] - 2024年末该行不良贷款率为1.24% [2] - 该行2024年净息差为1.61% [3]'],
    );
    expect(hasFindingIn(list, 'conflict', '不良贷款率为1.21%', '该行不良贷款率为1.24%')).toBe(true);
    expect(hasFindingIn(list, 'conflict', '净息差为1.63%', '净息差为1.61%')).toBe(true);
  });
});

describe('a balance at the start of the year', () => {
  it('is the one at the end of the year before (年初的1.38% meets 2024年末…1.38%)', () => {
    const list = findingsOf(
      ['恒通银行中报', '上海证券报', '2025-08-29 13:40', '资产质量 - 恒通银行股份有限公司（601977）不良贷款率从年初的1.38%降至6月末的1.35% [1]'],
      ['恒通银行年报', '中国证券报', '2025-03-28 10:00', '资产质量 - 2024年末恒通银行不良贷款率为1.38% [1]'],
    );
    expect(hasFindingIn(list, 'corroboration', '从年初的1.38%', '不良贷款率为1.38%')).toBe(true);
  });

  it('makes 较年初 the same base as 较上年末: two changes against it that differ conflict', () => {
    const list = findingsOf(
      ['恒通银行中报', '上海证券报', '2025-08-29 13:40', '资产质量 - 恒通银行股份有限公司（601977）6月末不良贷款率为1.35%，较年初下降0.03个百分点 [1]'],
      ['恒通银行业绩会', '中国证券报', '2025-08-30 10:00', '资产质量 - 恒通银行6月末不良贷款率为1.35%，较上年末下降0.05个百分点 [1]'],
    );
    expect(hasFindingIn(list, 'conflict', '较年初下降0.03个百分点', '较上年末下降0.05个百分点')).toBe(true);
  });
});
