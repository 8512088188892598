/**
 * conflict: the same entity, metric and scope in the same time window, with
 * figures from different articles that do not all meet, even after rounding
 * the last written digit. One finding per group, its figures clustered by
 * agreement (so "three outlets say X, one says Y" reads as such). High
 * severity: one side is wrong, or they measure different things unsaid.
 */
import { windowKey } from '../clusters.ts';
import { claimsOf, describe, finding, MAX_LISTED, measureOf, normalized, value } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import type { Observation } from '../model.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '一线城市与“70个大中城市中一线城市”是同一范围', articles: [['房价', '21世纪经济报道', '2025-06-16 08:00', '房价 - 5月份，一线城市新建商品住宅销售价格环比下降0.2% [1]'], ['房价', '中国证券报', '2025-06-16 09:00', '房价 - 5月份，70个大中城市中一线城市新建商品住宅销售价格环比下降0.5% [1]']] },
    { note: '两家媒体同日给出互不相容的收入', articles: [['OpenAI CEO:收入情况', '搜狐财经', '2025-11-03 04:20', '财务 - 公司实际收入约130亿美元 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入约200亿美元 [5]']] },
  ],
  ok: [
    { note: '预计数与实际数不同：预测不是矛盾', articles: [['寒武纪业绩预告', '证券时报', '2025-07-10 20:00', '业绩 - 寒武纪预计上半年营收约28亿元 [1]'], ['寒武纪半年报', '财联社', '2025-08-27 08:00', '业绩 - 寒武纪上半年营收29.8亿元 [1]']] },
    { note: '舍入范围内一致', articles: [['OpenAI CEO:收入情况', '搜狐财经', '2025-11-03 04:20', '财务 - 公司实际收入约130亿美元 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入131亿美元 [5]']] },
    { note: '1月的市占率与上半年的市占率：两个统计期', articles: [['装机', '21世纪经济报道', '2025-02-12 08:00', '企业 - 恒锂新能源1月市占率为43.2% [1] - 远驰电池市占率为24.4% [2]'], ['装机', '中国证券报', '2025-07-18 08:00', '企业 - 远驰电池上半年市占率为23.9% [1]']] },
    { note: '新房价格与二手房价格：两个指标，不相比较', articles: [['房价', '第一财经', '2025-06-16 08:00', '房价 - 5月一线城市新房价格环比下降0.2% [1]'], ['房价', '证券时报', '2025-06-16 09:00', '房价 - 5月一线城市二手房价格环比下降0.7% [1]']] },
    { note: '按季计的指标在同一年的两个季末（3月末与6月末）', articles: [['华澜置业一季报', '证券时报', '2025-04-29 08:00', '债务 - 华澜置业3月末有息负债1452.8亿元 [1]'], ['华澜置业半年报', '证券时报', '2025-08-28 08:00', '债务 - 华澜置业6月末有息负债1426.0亿元 [1]']] },
    { note: '按日计的指标在不同日期', articles: [['英伟达市值', '钛媒体APP', '2025-10-29 08:00', '市场 - 市值突破5万亿美元 [1]'], ['英伟达市值', '36氪', '2025-11-10 08:00', '市场 - 市值降至4.69万亿美元 [2]']] },
  ],
};

export const conflict: Rule = {
  meta: {
    kind: 'conflict',
    description: '同一实体、同一指标、同一口径、同一时间，不同文章的数字互不相容。',
    examples: EXAMPLES,
  },
  check(context, report) {
    for (const [key, groups] of context.groups) {
      const window = context.metrics.get(groups[0]!.observations[0]!.metric)?.window ?? 'day';
      for (const { observations: group, clusters } of groups) {
        // With two or more articles in the group, two clusters always set different articles
        // against each other; one article's own sequence (涨 then 跌) never gets here.
        if (clusters.length < 2 || new Set(group.map((o) => o.article)).size < 2) continue;
        // A time taken from the claim before is a guess: two sides that disagree only through guessed times
        // (厂商排名 after an aside about last year) are no conflict.
        if (clusters.filter((c) => c.some((o) => !o.timeCarried)).length < 2) continue;
        const first = group[0]!;
        const side = (c: Observation[]) => `${c.slice(0, 3).map((o) => describe(o)).join('、')}${c.length > 3 ? `等${c.length}处` : ''}（${normalized(c[0]!)}）`;
        const summary = `${measureOf(context, first.entity, first.metric)}数字冲突：${clusters.map(side).join('；与')}在同一时间、同一口径下互不相容。`;
        const listed = clusters.flatMap((c) => c.slice(0, Math.max(1, Math.floor(MAX_LISTED / clusters.length))));
        report({ ...finding('high', `${key}|${first.scopeKey}|${first.time}`, summary, first.entity, first.metric, group.slice(0, 50).map(value), claimsOf(context, listed, (o) => o.outlet), group.length), identity: { subject: key, anchor: `${first.scopeKey}|${windowKey(first.time, window)}` } });
      }
    }
  },
};
