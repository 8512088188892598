/**
 * scope-mismatch: one metric of one entity (or sector) given for different
 * scopes (部分智算中心 vs 企业级通用算力中心 vs 国产芯片), in one article or
 * several. Shown side by side, never called a contradiction.
 */
import { entityName, finding, metricName, normalized, claimsOf, value, MAX_LISTED } from '../context.ts';
import { asWritten } from '../as-written.ts';
import { namesAnObject } from '../measured-thing.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import type { Observation } from '../model.ts';
import { windowKey } from '../clusters.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '长协运价与即期运价：同一航线的两种口径', articles: [['运价', '第一财经', '2025-03-08 08:00', '运价 - 据海德航运咨询统计，今年美西航线长协运价约为1800美元/FEU [1] - 同期美西航线即期运价约为2380美元/FEU [2]']] },
    { note: '公司整体与其中的境内业务（“公司”是本文的公司，不是另一个对象）', articles: [['寒武纪半年报', '证券时报', '2025-08-27 08:00', '业绩 - 公司上半年毛利率为56.7% [1] - 其中境内业务毛利率为60.1% [2]']] },
    { note: '同一指标在不同口径下（利用率由闲置率推算）', articles: [['国产算力', '36氪', '2025-04-28 10:25', '现状 - 部分智算中心国产算力利用率不足20% [9] - 国产芯片闲置率可能高达70%-80% [11]'], ['算力泡沫', '新浪财经', '2025-10-14 03:24', '差距 - 智算中心设备点亮率不足50% [5]']] },
  ],
  ok: [
    { note: '两笔不同的投资（一项计划与对另一家公司的入股），不是同一数字的两种口径', articles: [['英伟达投资', '36氪', '2025-10-29 08:00', '投资 - 英伟达投资1000亿美元 [1]'], ['英伟达入股', '钛媒体APP', '2025-10-29 09:00', '投资 - 英伟达宣布对诺基亚10亿美元投资 [2]']] },
    { note: '不同日期的两个数字不是同一数字的两种口径（是变化）', articles: [['国产算力', '36氪', '2025-04-28 10:25', '现状 - 4月部分智算中心国产算力利用率不足20% [9]'], ['算力', '新浪财经', '2025-10-14 03:24', '差距 - 9月智算中心国产算力利用率约35% [5]']] },
    { note: '口径相同', articles: [['国产算力', '36氪', '2025-04-28 10:25', '现状 - 国产芯片闲置率可能高达70%-80% [11]'], ['算力', '新浪财经', '2025-10-14 03:24', '差距 - 国产芯片闲置率约75% [5]']] },
  ],
};

export const scopeMismatch: Rule = {
  meta: {
    kind: 'scope-mismatch',
    description: '同一指标的数字说的是不同范围（口径），应并列阅读，不能当作矛盾。',
    examples: EXAMPLES,
  },
  check(context, report) {
    for (const [blockKey, block] of context.blocks) {
      // Figures of different periods (一季度, 上半年) or dates are no scopes of each other: one finding per period and
      // time window; figures with no time of their own are set side by side among themselves.
      const window = context.metrics.get(block[0]!.metric)?.window ?? 'day';
      const when = (o: Observation) => `${o.period ?? ''}\u0000${o.timeExplicit ? windowKey(o.time, window) : ''}`;
      const groups = Map.groupBy(block.filter((o) => o.kind === 'level' && !namesAnObject(context, o)), when);
      const periods = Map.groupBy([...groups.keys()], (w) => w.split('\u0000')[0]!);
      for (const [at, levels] of groups) {
        const [periodWord, windowWord] = at.split('\u0000') as [string, string];
        // The window joins the identity only when the period has several: a lone finding keeps its id.
        const period = periods.get(periodWord)!.length > 1 && windowWord ? [periodWord, windowWord].filter(Boolean).join('|') : periodWord;
        const key = period ? `${blockKey}|${period}` : blockKey;
        const scopes = new Set(levels.map((o) => o.scopeKey));
        // One article may set two scopes side by side too (行业整体开工率约五成，其中头部企业约七成).
        if (scopes.size < 2) continue;
        // Figures that all agree leave nothing to set apart (一季度单季净利润30.9亿元 and 一季度净利润30.9亿元).
        if (levels.every((o) => o.compared.lower !== null && o.compared.lower === o.compared.upper && o.compared.lower === levels[0]!.compared.lower)) continue;
        const sorted = [...levels].sort((a, b) => (a.scopeKey < b.scopeKey ? -1 : a.scopeKey > b.scopeKey ? 1 : a.time < b.time ? -1 : 1));
        const metrics = [...new Set(sorted.map((o) => metricName(context, o.metric)))].join('、');
        // One line per scope: its first figure, and how many more it has.
        const byScope = [...Map.groupBy(sorted, (o) => o.scopeKey).values()];
        const line = (group: Observation[]) => {
          const o = group[0]!;
          return `${o.scope || '未限定范围'}：${asWritten(o.quantity)}${o.derivation ? `（即${normalized(o)}，${o.derivation}）` : ''}${o.proxy ? `（${o.proxy}）` : ''}${group.length > 1 ? `等${group.length}处` : ''}`;
        };
        const summary = `${entityName(context, sorted[0]!.entity)}的${metrics}数字口径不同，不宜直接比较——${byScope.slice(0, 8).map(line).join('；')}${byScope.length > 8 ? `；另有${byScope.length - 8}种口径` : ''}。`;
        const listed = byScope.length > MAX_LISTED ? byScope.slice(0, MAX_LISTED).map((g) => g[0]!) : sorted.slice(0, MAX_LISTED);
        report({ identity: { subject: blockKey, anchor: period }, ...finding('medium', key, summary, sorted[0]!.entity, sorted[0]!.family, sorted.slice(0, 50).map(value), claimsOf(context, listed, (o) => o.scope || '未限定范围'), new Set(sorted.map((o) => o.claim)).size) });
      }
    }
  },
};
