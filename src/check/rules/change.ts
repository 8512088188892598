/**
 * change: the same entity, metric and scope at different times. A direction
 * word (降至, 突破, 暴增至) is checked against the sign of the change; a
 * mismatch raises the severity.
 */
import { dec, sub, toString } from '../../quantities/decimal.ts';
import { entityName, finding, metricName, claimsOf, value } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import { formatAmount, formatTime } from '../format.ts';
import { windowKey } from '../clusters.ts';
import { below, overlaps, tolerant } from '../intervals.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '同一指标在不同日期的数字，方向词一致', articles: [['英伟达市值', '钛媒体APP', '2025-10-29 08:00', '市场 - 市值突破5万亿美元 [1]'], ['英伟达市值', '36氪', '2025-11-10 08:00', '市场 - 市值降至4.69万亿美元 [2]']] },
  ],
  ok: [
    { note: '同一天的同一数字', articles: [['英伟达市值', '钛媒体APP', '2025-10-29 08:00', '市场 - 市值5万亿美元 [1]'], ['英伟达市值', '36氪', '2025-10-29 09:00', '市场 - 市值5万亿美元 [2]']] },
  ],
};

export const change: Rule = {
  meta: {
    kind: 'change',
    description: '同一实体、同一指标、同一口径在不同时间的数字变化，并核对“降至”“突破”等方向词。',
    examples: EXAMPLES,
  },
  check(context, report) {
    for (const [key, block] of context.blocks) {
      const window = context.metrics.get(block[0]!.metric)?.window ?? 'day';
      if (window === 'none' || block[0]!.kind !== 'level') continue;
      for (const scope of new Set(block.map((o) => o.scopeKey))) {
        const series = block.filter((o) => o.scopeKey === scope).sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
        // One point per window: the first figure given for it.
        const seen = new Set<string>();
        const points = series.filter((o) => !seen.has(windowKey(o.time, window)) && seen.add(windowKey(o.time, window)));
        if (points.length < 2) continue;
        const steps: string[] = [];
        let inconsistent = false;
        for (let i = 1; i < points.length; i++) {
          const [prev, next] = [points[i - 1]!, points[i]!];
          if (overlaps(tolerant(prev), tolerant(next))) continue;
          const up = below(tolerant(prev), tolerant(next));
          const word = next.quantity.direction;
          const agrees = word === undefined || (word === 'up') === up;
          if (!agrees) inconsistent = true;
          const exact = prev.quantity.amount && next.quantity.amount && prev.quantity.hedge === 'exact' && next.quantity.hedge === 'exact';
          const delta = exact ? `，变化${formatAmount(toString(sub(dec(next.quantity.amount!), dec(prev.quantity.amount!))), next.quantity.unit)}` : '';
          steps.push(`${formatTime(prev.time)}${prev.quantity.surface} → ${formatTime(next.time)}${next.quantity.surface}（${up ? '上升' : '下降'}${delta}${word ? `；“${next.quantity.directionWord}”与方向${agrees ? '一致' : '不符'}` : ''}）`);
        }
        if (steps.length === 0) continue;
        const summary = `${entityName(context, points[0]!.entity)}${metricName(context, points[0]!.metric)}随时间变化：${steps.join('；')}。这是变化，不是矛盾。`;
        report(finding(inconsistent ? 'medium' : 'info', `${key}|${scope}`, summary, points[0]!.entity, points[0]!.metric, points.map(value), claimsOf(context, points, (o) => formatTime(o.time))));
      }
    }
  },
};
