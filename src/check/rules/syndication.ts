/**
 * syndication: near-verbatim claims in different articles (character 3-gram
 * containment ≥ 80% after masking figures). They are one source, whatever the
 * number of outlets; same-outlet copies most of all.
 */
import { finding, findingClaim, MAX_LISTED } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import { differingFigures, twoReports } from '../syndication-figures.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '两篇稿件中几乎逐字相同的论断', articles: [['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入远不止130亿美元,且增长迅速 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:01', '财务 - 公司实际收入远不止130亿美元 [3]']] },
  ],
  ok: [
    { note: '同一模板写的两个月份的数据，数字不同：两份报告，不是转载', articles: [['能繁母猪', '财联社', '2025-03-20 08:00', '供给 - 农业农村部数据显示，2月末全国能繁母猪存栏量为4066万头，环比下降0.3% [1]'], ['能繁母猪', '第一财经', '2025-05-20 08:00', '供给 - 农业农村部数据显示，4月末全国能繁母猪存栏量为4038万头，环比下降0.2% [1]']] },
    { note: '说的是不同的事', articles: [['OpenAI CEO:收入情况', '搜狐财经', '2025-11-03 04:20', '财务 - 公司实际收入远超130亿美元 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '前景 - 今年最显著的技术进展是AI编程模型的发展 [7]']] },
  ],
};

export const syndication: Rule = {
  meta: {
    kind: 'syndication',
    description: '不同文章中几乎逐字相同的论断：视为同一来源的转载或改写，不算独立印证。',
    examples: EXAMPLES,
  },
  check(context, report) {
    // Union-find over duplicate pairs: one finding per cluster.
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const root = find(p);
      parent.set(x, root);
      return root;
    };
    // One template filled in for two periods or two companies (2月末…4066万头 / 4月末…4038万头) is two reports, not a copy.
    const duplicates = context.duplicates.filter(([a, b]) => !twoReports(context, a, b));
    for (const [a, b] of duplicates) parent.set(find(a), find(b));
    const clusters = new Map<string, Set<string>>();
    // The closest pair of each cluster (both claims of a pair are in one cluster), in one pass: once
    // per cluster over all pairs was quadratic in the corpus.
    const best = new Map<string, number>();
    for (const [a, b, containment] of duplicates) {
      const root = find(a);
      for (const id of [a, b]) clusters.set(root, (clusters.get(root) ?? new Set()).add(id));
      best.set(root, Math.max(best.get(root) ?? 0, containment));
    }
    for (const [root, members] of clusters) {
      const ids = [...members].sort((x, y) => {
        const ax = context.claims.get(x)!.article;
        const ay = context.claims.get(y)!.article;
        return ax.published < ay.published ? -1 : ax.published > ay.published ? 1 : x < y ? -1 : 1;
      });
      const outlets = [...new Set(ids.map((id) => context.claims.get(id)!.article.outlet))];
      const sameOutlet = outlets.length === 1;
      const differ = differingFigures(context, ids);
      const copyError = differ ? `注意：文字几乎相同而数字不同（${differ.join(' / ')}），可能是转载时抄错了数字。` : '';
      const summary = `${ids.length}条论断文字几乎相同（字符重合最高${Math.round(best.get(root)! * 100)}%），${sameOutlet ? `都来自${outlets[0]}，是同一媒体的重复稿件` : `分别来自${outlets.join('、')}，可能同源`}：它们只算一个来源。${copyError}`;
      // Anchored at the earliest claim of the cluster: later copies join it under the same id.
      report({ ...finding(differ ? 'medium' : 'info', ids.join('|'), summary, null, null, [], ids.slice(0, MAX_LISTED).map((id) => findingClaim(context, id, context.claims.get(id)!.article.outlet)), ids.length), identity: { subject: context.claims.get(ids[0]!)!.article.slug, anchor: ids[0]! } });
    }
  },
};
