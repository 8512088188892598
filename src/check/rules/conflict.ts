/**
 * conflict: the same entity, metric and scope in the same time window, from
 * two articles, with intervals that do not meet even after rounding the last
 * written digit. High severity: one of the two is wrong, or they measure
 * different things the text does not say.
 */
import { describe, entityName, finding, metricName, normalized, type Rule, claimsOf, value } from '../context.ts';
import { overlaps, sameWindow, tolerant } from '../intervals.ts';

export const conflict: Rule = {
  kind: 'conflict',
  description: '同一实体、同一指标、同一口径、同一时间，两篇文章的数字互不相容。',
  check(context) {
    const findings = [];
    for (const [key, block] of context.blocks) {
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const a = block[i]!;
          const b = block[j]!;
          const window = context.metrics.get(a.metric)?.window ?? 'day';
          if (a.article === b.article || a.scopeKey !== b.scopeKey || !sameWindow(a.time, b.time, window)) continue;
          if (overlaps(tolerant(a), tolerant(b))) continue;
          const who = `${entityName(context, a.entity)}${metricName(context, a.metric)}`;
          const summary = `${who}数字冲突：${describe(context, a)}与${describe(context, b)}在同一时间、同一口径下互不相容（${normalized(a)} 对 ${normalized(b)}）。`;
          findings.push(finding('conflict', 'high', `${key}|${a.scopeKey}`, summary, a.entity, a.metric, [value(a), value(b)], claimsOf(context, [a, b], (o) => o.outlet)));
        }
      }
    }
    return findings;
  },
};
