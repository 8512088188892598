/**
 * Figures of a product the corpus is about (挖掘机, 叉车, 空调) when a claim leaves it out or counts it with a
 * verb: 6月挖掘机销量为20322台 – 3月销量2.96万台 is the product's too, and 共销售各类挖掘机12000台 is its sales.
 * Through ingest, discovery and the checker, with no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { measureOf, type RuleContext } from '../../src/check/context.ts';
import { findingsOf, hasFindingIn } from '../helpers/seed-pipeline.ts';

describe('a product’s figures', () => {
  it('go on in a claim naming no one after the product’s figure of the same measure', () => {
    const list = findingsOf(
      ['上半年叉车销量65万台 国内与出口同步增长', '界面新闻', '2025-07-14 08:00', '核心数据 中国工程机械工业协会数据显示，上半年我国叉车累计销量为65万台，同比增长9.3% [1] 结构 - 其中国内销量40万台，同比增长8.1% [2] - 出口25万台，同比增长11.2% [3] - 6月叉车销量为11.2万台，环比增长3.1% [4] - 3月销量12.4万台，为上半年单月高点 [5]'],
      ['3月叉车销量', '证券时报', '2025-04-15 10:00', '销量 - 中国工程机械工业协会数据显示，3月叉车销量为12.1万台，同比增长6.5% [1] - 叉车电动化率继续提升 [2]'],
    );
    expect(hasFindingIn(list, 'conflict', '3月销量12.4万台', '3月叉车销量为12.1万台')).toBe(true);
  });

  it('go on with their market as scope (国内销量7.1万台 after 3月叉车销量…)', () => {
    const list = findingsOf(
      ['3月叉车销量12.4万台', '财联社', '2025-04-12 10:05', '销量 - 据中国工程机械工业协会统计，3月叉车销量为12.4万台，同比增长6.5% [1] - 国内销量7.1万台，同比增长5.2% [2] - 出口5.3万台 [3]'],
      ['叉车内销回暖', '证券时报', '2025-04-20 10:00', '销量 - 中国工程机械工业协会数据显示，3月国内叉车销量为7.4万台 [1] - 叉车电动化率继续提升 [2]'],
    );
    expect(hasFindingIn(list, 'conflict', '国内销量7.1万台', '国内叉车销量为7.4万台')).toBe(true);
  });

  it('are counted with a verb and an object of up to six characters (共销售各类家用空调…)', () => {
    const list = findingsOf(
      ['5月空调销量', '第一财经', '2025-06-20 10:00', '销量 - 产业在线数据显示，5月共销售各类家用空调1820万台，同比增长8.2% [1] - 家用空调出口延续增长 [2]'],
      ['空调旺季', '证券时报', '2025-06-21 10:00', '销量 - 产业在线数据显示，5月家用空调销量为1790万台 [1] - 家用空调库存处于低位 [2]'],
    );
    expect(hasFindingIn(list, 'conflict', '共销售各类家用空调1820万台', '家用空调销量为1790万台')).toBe(true);
  });
});

describe('the population a statistic covers', () => {
  it('is no scope (1月纳入统计的18家重卡生产企业共销售各类重卡8.2万辆 is the sector’s 重卡 sales)', () => {
    const list = findingsOf(
      ['1月重卡销量', '第一财经', '2025-02-12 08:20', '销量 - 据中国汽车工业协会统计，1月纳入统计的18家重卡生产企业共销售各类重卡8.2万辆，同比增长3.1% [1] - 重卡出口保持增长 [2]'],
      ['重卡开门红', '证券日报', '2025-02-13 09:00', '销量 - 中国汽车工业协会数据显示，1月重卡销量为8.5万辆 [1] - 重卡库存处于低位 [2]'],
    );
    expect(hasFindingIn(list, 'conflict', '共销售各类重卡8.2万辆', '重卡销量为8.5万辆')).toBe(true);
  });
});

describe('a summary of an index’s own measure', () => {
  it('names it once (a curated LPR’s LPR is LPR, not LPRLPR); a company’s measure keeps both', () => {
    const context = { entities: new Map([['lpr', { name: 'LPR' }], ['hx', { name: '华信银行' }]]), metrics: new Map([['lpr', { name: 'LPR' }], ['npl-ratio', { name: '不良贷款率' }]]) } as unknown as RuleContext;
    expect(measureOf(context, 'lpr', 'lpr')).toBe('LPR');
    expect(measureOf(context, 'hx', 'npl-ratio')).toBe('华信银行不良贷款率');
    expect(measureOf(context, null, 'lpr')).toBe('行业LPR');
  });
});
