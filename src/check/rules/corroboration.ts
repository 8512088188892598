/**
 * corroboration: figures for the same entity, metric and scope, in the same
 * window, that agree (their intervals share a point), from two or more
 * outlets. Copies from one outlet count once; near-verbatim copies across
 * outlets are named, since they may share a source.
 */
import { windowKey } from '../clusters.ts';
import { describe, entityName, finding, metricName, normalized, claimsOf, value, MAX_LISTED } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import type { Observation } from '../model.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '两家媒体给出一致的数字', articles: [['OpenAI CEO:收入情况', '搜狐财经', '2025-11-03 04:20', '财务 - 公司实际年化收入远超130亿美元 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司表示实际收入远不止130亿美元 [5]']] },
  ],
  ok: [
    { note: '同一媒体的两篇稿件只算一个来源', articles: [['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入远不止130亿美元,且增长迅速 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:01', '财务 - 公司实际收入远不止130亿美元 [3]']] },
  ],
};

export const corroboration: Rule = {
  meta: {
    kind: 'corroboration',
    description: '不同媒体给出一致的数字；同一媒体的多篇稿件只算一个来源。',
    examples: EXAMPLES,
  },
  check(context, report) {
    const duplicate = new Map<string, number>();
    for (const [a, b, c] of context.duplicates) duplicate.set(`${a}|${b}`, c).set(`${b}|${a}`, c);
    for (const [key, groups] of context.groups) {
      const window = context.metrics.get(groups[0]!.observations[0]!.metric)?.window ?? 'day';
      for (const { clusters } of groups) {
        for (const cluster of clusters) {
          // One figure per article: an article repeating itself is one source.
          const perArticle = [...new Map(cluster.map((o) => [o.article, o])).values()];
          const outlets = [...new Set(perArticle.map((o) => o.outlet))];
          if (outlets.length < 2) continue;
          const seed = perArticle[0]!;
          const shown = perArticle.slice(0, MAX_LISTED);
          const copies = pairs(shown).filter(([a, b]) => a.outlet !== b.outlet && duplicate.has(`${a.claim}|${b.claim}`)).map(([a, b]) => `${a.outlet}与${b.outlet}的表述几乎逐字相同（字符重合${Math.round(duplicate.get(`${a.claim}|${b.claim}`)! * 100)}%），可能同源`);
          const same = perArticle.length > outlets.length ? '；同一媒体的多篇稿件只计一次' : '';
          const listed = `${shown.slice(0, 6).map((o) => describe(o, false)).join('、')}${perArticle.length > 6 ? `等${perArticle.length}处` : ''}`;
          const summary = `${outlets.length}家媒体给出一致的${entityName(context, seed.entity)}${metricName(context, seed.metric)}：${listed}，均为${normalized(seed)}${same}${copies.length ? `。注意：${copies.slice(0, 3).join('；')}` : ''}。`;
          // Anchored at its earliest claim: later agreeing figures join it under the same id.
          const earliest = perArticle.reduce((a, b) => (b.published < a.published || (b.published === a.published && b.claim < a.claim) ? b : a));
          report({ ...finding('info', `${key}|${seed.scopeKey}|${seed.time}`, summary, seed.entity, seed.metric, perArticle.slice(0, 50).map(value), claimsOf(context, shown, (o) => o.outlet), perArticle.length), identity: { subject: key, anchor: `${seed.scopeKey}|${windowKey(seed.time, window)}|${earliest.claim}` } });
        }
      }
    }
  },
};

/** Pairs among a few (the listed ones only). */
function pairs(list: readonly Observation[]): [Observation, Observation][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as [Observation, Observation]));
}
