/**
 * Travel seasons, parts of a month and of a sector, forecasts and traffic units on a new topic:
 * 春运 and 五一假期 are periods of their year, 上旬 a third of a month, 国际航线方面 the scope of
 * what follows it, 同期国际快递业务量 a part of the national figure before it, 预计 a reading of
 * its own, 亿人公里 one unit. Each runs through ingest, discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingTexts, hasFindingIn, newTopicSeed, runNewTopic } from '../helpers/seed-pipeline.ts';

const findings = (text: string) => findingTexts(runNewTopic(text));
const has = hasFindingIn;
const conflicts = (list: ReturnType<typeof findings>) => list.filter((f) => f.kind === 'conflict');

describe('seasons, dekads, parts and forecasts', () => {
  it('reads 2025年春运 as a period of 2025: two outlets corroborate, the year’s own figure is no conflict, 春运 is no entity', () => {
    const text = newTopicSeed(
      ['春运收官', '中国民航报', '2025-02-23 10:00', '春运 - 民航局数据显示，2025年春运期间民航运输旅客9020万人次 [1]'],
      ['春运预测与全年', '新京报', '2025-02-24 09:00', '春运 - 2025年春运民航运输旅客9020万人次，创历史新高 [1] - 2025年民航运输旅客预计达到7.8亿人次 [2]'],
    );
    const corpus = runNewTopic(text);
    const list = findingTexts(corpus);
    expect(has(list, 'corroboration', '期间民航运输旅客9020万人次', '春运民航运输旅客9020万人次')).toBe(true);
    expect(conflicts(list)).toEqual([]);
    expect(corpus.entities.map((e) => e.name).filter((n) => /春运|旅客/.test(n))).toEqual([]);
  });

  it('dates a holiday figure to its year, whatever day of it is written (五一假期（5月1日至5日）)', () => {
    const list = findings(newTopicSeed(
      ['五一出行', '中国交通报', '2025-05-06 10:00', '假期 - 五一假期（5月1日至5日）全国铁路发送旅客1.2亿人次 [1]'],
      ['五一数据', '新京报', '2025-05-07 09:00', '假期 - 五一假期全国铁路发送旅客1.2亿人次 [1] - 5月全国铁路发送旅客3.8亿人次 [2]'],
    ));
    expect(has(list, 'corroboration', '（5月1日至5日）全国铁路发送旅客1.2亿人次', '五一假期全国铁路发送旅客1.2亿人次')).toBe(true);
    expect(conflicts(list)).toEqual([]);
  });

  it('contradicts with figures written to one digit that differ there (1.2亿 and 1.3亿: 四舍五入 gives no value both)', () => {
    const list = findings(newTopicSeed(
      ['五一出行', '中国交通报', '2025-05-06 10:00', '假期 - 五一假期全国铁路发送旅客1.2亿人次 [1]'],
      ['五一数据', '新京报', '2025-05-07 09:00', '假期 - 五一假期全国铁路发送旅客1.3亿人次 [1]'],
    ));
    expect(list.filter((f) => f.kind === 'corroboration')).toEqual([]);
    expect(has(list, 'conflict', '发送旅客1.2亿人次', '发送旅客1.3亿人次')).toBe(true);
  });

  it('neither contradicts nor corroborates a hedged figure at the rounding edge of a plain one (约1.25亿 and 1.2亿)', () => {
    const list = findings(newTopicSeed(
      ['五一出行', '中国交通报', '2025-05-06 10:00', '假期 - 五一假期全国铁路发送旅客约1.25亿人次 [1]'],
      ['五一数据', '新京报', '2025-05-07 09:00', '假期 - 五一假期全国铁路发送旅客1.2亿人次 [1]'],
    ));
    expect(list.filter((f) => f.kind === 'conflict')).toEqual([]);
  });

  it('reads routes as a population of the sector: 国际航线方面，…运输旅客622万人次 corroborates 国际航线运输旅客622万人次', () => {
    const list = findings(newTopicSeed(
      ['春运收官', '证券时报', '2025-02-23 18:40', '总体 - 民航局数据显示，2025年春运40天全国民航累计运输旅客9020万人次，同比增长6.3% [1] - 春运期间日均运输旅客225.5万人次 [2] - 其中国内航线运输旅客8398万人次 [3] - 国际航线运输旅客622万人次，同比增长31.4% [4]'],
      ['春运复盘', '第一财经', '2025-02-24 08:15', '国际 - 据民航局统计，今年春运期间我国民航共运输旅客9020万人次，同比增长6.8% [1] - 国际航线方面，春运期间运输旅客622万人次，恢复至2019年同期的九成左右 [2]'],
    ));
    expect(has(list, 'corroboration', '国际航线运输旅客622万人次', '春运期间运输旅客622万人次')).toBe(true);
    expect(conflicts(list).filter((f) => f.claims.some((c) => c.includes('622万')))).toEqual([]);
  });

  it('dates a figure by its week of the month: two weeks of one month are a change, never a conflict', () => {
    const corpus = runNewTopic(newTopicSeed(
      ['生鲜乳价格', '农民日报', '2025-03-10 10:00', '价格 - 农业农村部监测显示，3月第1周主产省份生鲜乳平均价格为3.10元/公斤 [1]'],
      ['奶价续跌', '证券时报', '2025-03-24 09:00', '价格 - 据农业农村部监测，3月第3周主产省份生鲜乳平均价格为3.05元/公斤 [1]'],
    ));
    expect(corpus.findings.filter((f) => f.kind === 'conflict')).toEqual([]);
    expect(corpus.findings.some((f) => f.kind === 'change' && f.summary.includes('2025年3月第1周') && f.summary.includes('2025年3月第3周'))).toBe(true);
  });

  it('takes the aspect a claim opens with (国际航线方面，…) as the scope of its figure', () => {
    const list = findings(newTopicSeed(
      ['民航局：春运平稳', '中国民航报', '2025-02-23 10:00', '春运 - 民航局数据显示，春运期间运输旅客9020万人次 [1] 国际 - 国际航线方面，春运期间运输旅客622万人次 [2]'],
      ['春运数据', '新京报', '2025-02-24 09:00', '春运 - 民航局数据显示，春运期间运输旅客9020万人次 [1]'],
    ));
    expect(has(list, 'scope-mismatch', '运输旅客9020万人次', '运输旅客622万人次')).toBe(true);
    expect(conflicts(list)).toEqual([]);
  });

  it('reads the words before the same measure after the sector’s figure as a part of the sector (同期国际快递业务量)', () => {
    const list = findings(newTopicSeed(
      ['快递业务量', '中国邮政快递报', '2025-07-15 10:00', '数据 - 国家邮政局数据显示，上半年全国快递业务量完成956.4亿件 [1] - 同期国际及港澳台快递业务量完成19.6亿件 [2]'],
      ['快递半年', '新京报', '2025-07-16 09:00', '数据 - 上半年全国快递业务量累计完成956.4亿件 [1]'],
    ));
    expect(has(list, 'scope-mismatch', '956.4亿件', '19.6亿件')).toBe(true);
    expect(conflicts(list)).toEqual([]);
  });

  it('reads 上旬 as the first ten days of its month: a change between dekads, written as such', () => {
    const corpus = runNewTopic(newTopicSeed(['钢价走势', '我的钢铁网', '2025-10-15 10:00', '价格 - 3月上旬螺纹钢价格为3850元/吨 [1] - 10月上旬螺纹钢价格为3420元/吨 [2]']));
    const change = corpus.findings.find((f) => f.kind === 'change');
    expect(change?.claims.map((c) => c.text)).toEqual(['3月上旬螺纹钢价格为3850元/吨', '10月上旬螺纹钢价格为3420元/吨']);
    expect(change?.summary).toContain('2025年3月上旬3850元/吨 → 2025年10月上旬3420元/吨');
  });

  it('never sets a forecast (预计, 将达到) against the figure it foresaw', () => {
    const list = findings(newTopicSeed(
      ['春运预测', '中国民航报', '2025-01-10 10:00', '春运 - 民航局预计，2025年春运民航运输旅客将达到9000万人次 [1]'],
      ['春运数据', '新京报', '2025-02-24 09:00', '春运 - 2025年春运民航运输旅客9020万人次 [1]'],
    ));
    expect(conflicts(list)).toEqual([]);
  });

  it('reads 亿人公里 as one unit of traffic, so two outlets’ passenger-kilometres can disagree', () => {
    const list = findings(newTopicSeed(
      ['华翔航空年报', '财联社', '2025-03-29 10:00', '运营 - 华翔航空股份有限公司2024年旅客周转量为2896.5亿人公里 [1]'],
      ['华翔航空运营', '界面新闻', '2025-03-30 10:00', '运营 - 华翔航空2024年旅客周转量为2901.2亿人公里 [1]'],
    ));
    expect(has(list, 'conflict', '2896.5亿人公里', '2901.2亿人公里')).toBe(true);
  });

  it('reads a season’s figure as of the day it runs to, and 不含服务费 as its scope, said in a clause before it or after it', () => {
    const list = findings(newTopicSeed(
      ['暑期档过半', '第一财经', '2025-08-01 09:00', '大盘 - 截至7月31日，2025年暑期档总票房（含服务费）为78.4亿元 [1] - 若不含服务费，暑期档票房为72.6亿元 [2]'],
      ['暑期档收官', '财联社', '2025-09-01 08:00', '大盘 - 据灯塔专业版数据，2025年暑期档（6月1日至8月31日）总票房为119.8亿元 [1] - 不含服务费口径下，暑期档票房为111.2亿元 [2]'],
      ['暑期档首月', '证券时报', '2025-07-01 08:00', '大盘 - 据猫眼专业版，6月1日至6月30日暑期档票房为35.6亿元 [1]'],
    ));
    expect(conflicts(list)).toEqual([]);
    expect(has(list, 'scope-mismatch', '总票房（含服务费）为78.4亿元', '暑期档票房为72.6亿元')).toBe(true);
    expect(has(list, 'change', '暑期档票房为35.6亿元', '总票房（含服务费）为78.4亿元')).toBe(true);
  });

  it('reads 大年初一 as its day: a film’s single-day box office is the film’s, the national one corroborates across outlets', () => {
    const list = findings(newTopicSeed(
      ['春节档首日', '第一财经', '2025-01-30 09:00', '大盘 - 大年初一当日全国票房达18.21亿元 [1] - 大年初一，《天穹之战》单日票房为8.05亿元 [2]'],
      ['春节档观影', '北京商报', '2025-02-05 09:00', '大盘 - 春节档观影人次为1.87亿，大年初一单日票房18.21亿元 [1] - 《天穹之战》累计票房为42.36亿元 [2]'],
    ));
    expect(conflicts(list)).toEqual([]);
    expect(has(list, 'corroboration', '全国票房达18.21亿元', '大年初一单日票房18.21亿元')).toBe(true);
  });
});

describe('a whole market’s figures in an article about one company', () => {
  const text = newTopicSeed(
    ['远帆影业国庆档', '上海证券报', '2025-10-09 11:30', '影片 - 远帆影业股份有限公司出品的《山海长歌》领跑国庆档 [1] - 远帆影业股价上涨 [2] 回顾 - 回顾暑期档，国内电影票房为119.8亿元，平均票价为39.8元 [3]'],
    ['暑期档收官', '财联社', '2025-09-01 08:50', '收官 - 暑期档观影人次为2.97亿，平均票价为40.3元 [1] - 暑期档全国电影票房为119.8亿元 [2]'],
  );

  it('gives a national measure of the market (国内电影票房) and the clauses after it to the sector, of the period the claim opens with (回顾暑期档)', () => {
    const list = findings(text);
    expect(has(list, 'corroboration', '国内电影票房为119.8亿元', '全国电影票房为119.8亿元')).toBe(true);
    expect(has(list, 'conflict', '平均票价为39.8元', '平均票价为40.3元')).toBe(true);
    const observations = runNewTopic(text).articles.flatMap((a) => a.sections.flatMap((s) => s.claims.flatMap((c) => c.observations)));
    // 平均 stays whole: 均 is a filler word only on its own.
    expect(observations.filter((o) => o.surface === '39.8元').map((o) => [o.entity, o.scope])).toEqual([[null, '平均']]);
  });

  it('never reads a week’s total (周票房) as a day’s', () => {
    const list = findings(newTopicSeed(
      ['春节档', '第一财经', '2025-02-05 08:45', '大盘 - 大年初一当日全国票房达18.12亿元 [1]'],
      ['节后大盘', '每日经济新闻', '2025-02-17 13:05', '大盘 - 据拓普数据，2月10日至16日全国周票房为14.6亿元，环比下降62.3% [1]'],
    ));
    expect(list.filter((f) => f.kind === 'change' && f.claims.some((c) => c.includes('周票房')))).toEqual([]);
  });
});
