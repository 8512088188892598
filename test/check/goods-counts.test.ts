/**
 * Goods counted in their own classifier (万张, 万片, 万头): a metric of things made, held or traded
 * (`count:goods`: 出货量, 产能, 库存…) takes them, whatever the topic counts in, and never a count of
 * organisations, people or visits. A yearly measure that one claim says rose within the year
 * (由年初的…提升至9月末的…) is a change. Through ingest, discovery and the checker, no curated entity.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, hasFindingIn } from '../helpers/seed-pipeline.ts';

const findings = findingsOf;
const has = hasFindingIn;

describe('goods in any classifier', () => {
  it('compares shipments counted in 万张 between outlets: the same figure corroborates, another conflicts', () => {
    const same = findings(
      ['显卡出货回暖', '证券时报', '2025-08-20 10:00', '出货 - 据JPR统计，2025年第二季度全球独立显卡出货量为960万张，环比增长8.1% [1]'],
      ['独显市场二季度', '财联社', '2025-08-21 09:00', '出货 - JPR数据显示，2025年第二季度全球独立显卡出货量达960万张 [1]'],
    );
    expect(has(same, 'corroboration', '出货量为960万张', '出货量达960万张')).toBe(true);
    const other = findings(
      ['显卡出货回暖', '证券时报', '2025-08-20 10:00', '出货 - 据JPR统计，2025年第二季度全球独立显卡出货量为960万张，环比增长8.1% [1]'],
      ['独显市场二季度', '财联社', '2025-08-21 09:00', '出货 - JPR数据显示，2025年第二季度全球独立显卡出货量达1060万张 [1]'],
    );
    expect(has(other, 'conflict', '出货量为960万张', '出货量达1060万张')).toBe(true);
  });

  it('reads a yearly capacity that one claim says rose within the year as a change, not a conflict', () => {
    const list = findings(
      ['晶圆厂扩产', '上海证券报', '2025-10-15 10:00', '产能 - 华芯晶圆股份有限公司（688720）表示，公司12英寸晶圆月产能由年初的12万片提升至9月末的15万片 [1]'],
      ['晶圆代工三季度', '第一财经', '2025-10-16 10:00', '产能 - 华芯晶圆三季度营收为52.3亿元 [1]'],
    );
    expect(has(list, 'change', '由年初的12万片提升至9月末的15万片')).toBe(true);
    expect(list.filter((f) => f.kind === 'conflict')).toEqual([]);
  });

  it('never reads a count of organisations as a volume: 经销商为300家 is no sales figure, 出口企业达1200家 no exports', () => {
    const pairs: [string, string][] = [
      ['库存 - 据协会调研，2024年末库存积压的经销商为300家 [1]', '库存 - 协会调研显示，2024年末库存积压的经销商为320家 [1]'],
      ['出口 - 据海关统计，2024年全国出口企业达1200家 [1]', '出口 - 海关数据显示，2024年全国出口企业达1350家 [1]'],
    ];
    for (const [a, b] of pairs) {
      const list = findings(['渠道调研', '证券时报', '2025-03-10 10:00', a], ['渠道观察', '财联社', '2025-03-11 10:00', b]);
      expect(list.filter((f) => f.kind === 'conflict' || f.kind === 'change' || f.kind === 'corroboration')).toEqual([]);
    }
  });
});
