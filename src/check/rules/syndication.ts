/**
 * syndication: near-verbatim claims in different articles (character 3-gram
 * containment ≥ 80% after masking figures). They are one source, whatever the
 * number of outlets; same-outlet copies most of all.
 */
import { finding, findingClaim, MAX_LISTED } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '两篇稿件中几乎逐字相同的论断', articles: [['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:11', '财务 - 公司实际收入远不止130亿美元,且增长迅速 [5]'], ['OpenAI CEO:收入情况', '第一财经', '2025-11-03 04:01', '财务 - 公司实际收入远不止130亿美元 [3]']] },
  ],
  ok: [
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
    for (const [a, b] of context.duplicates) parent.set(find(a), find(b));
    const clusters = new Map<string, Set<string>>();
    for (const [a, b] of context.duplicates) for (const id of [a, b]) clusters.set(find(id), (clusters.get(find(id)) ?? new Set()).add(id));
    for (const members of clusters.values()) {
      const ids = [...members].sort((x, y) => {
        const ax = context.claims.get(x)!.article;
        const ay = context.claims.get(y)!.article;
        return ax.published < ay.published ? -1 : ax.published > ay.published ? 1 : x < y ? -1 : 1;
      });
      const outlets = [...new Set(ids.map((id) => context.claims.get(id)!.article.outlet))];
      const best = Math.max(...context.duplicates.filter(([a, b]) => members.has(a) && members.has(b)).map(([, , c]) => c));
      const sameOutlet = outlets.length === 1;
      const summary = `${ids.length}条论断文字几乎相同（字符重合最高${Math.round(best * 100)}%），${sameOutlet ? `都来自${outlets[0]}，是同一媒体的重复稿件` : `分别来自${outlets.join('、')}，可能同源`}：它们只算一个来源。`;
      report(finding('info', ids.join('|'), summary, null, null, [], ids.slice(0, MAX_LISTED).map((id) => findingClaim(context, id, context.claims.get(id)!.article.outlet)), ids.length));
    }
  },
};
