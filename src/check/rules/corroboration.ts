/**
 * corroboration: figures for the same entity, metric and scope that agree
 * (intervals meet), from two or more outlets. Copies from one outlet count
 * once; near-verbatim copies across outlets are named, since they may share
 * a source.
 */
import { describe, entityName, finding, metricName, normalized, type Rule, claimsOf, value } from '../context.ts';
import { overlaps, sameWindow, tolerant } from '../intervals.ts';
import type { Observation } from '../model.ts';

export const corroboration: Rule = {
  kind: 'corroboration',
  description: '不同媒体给出一致的数字；同一媒体的多篇稿件只算一个来源。',
  check(context) {
    const findings = [];
    const duplicate = new Map<string, number>();
    for (const [a, b, c] of context.duplicates) duplicate.set(`${a}|${b}`, c).set(`${b}|${a}`, c);
    for (const [key, block] of context.blocks) {
      const window = context.metrics.get(block[0]!.metric)?.window ?? 'day';
      const used = new Set<Observation>();
      for (const seed of block) {
        if (used.has(seed)) continue;
        // Everything that agrees with the seed and with each other.
        const group = [seed];
        for (const o of block) {
          if (o === seed || used.has(o) || o.scopeKey !== seed.scopeKey || o.article === seed.article) continue;
          if (group.some((g) => g.article === o.article)) continue;
          if (group.every((g) => sameWindow(g.time, o.time, window) && overlaps(tolerant(g), tolerant(o)))) group.push(o);
        }
        const outlets = [...new Set(group.map((o) => o.outlet))];
        if (outlets.length < 2) continue;
        for (const o of group) used.add(o);
        const copies = group.flatMap((a, i) => group.slice(i + 1).filter((b) => a.outlet !== b.outlet && duplicate.has(`${a.claim}|${b.claim}`)).map((b) => `${a.outlet}与${b.outlet}的表述几乎逐字相同（字符重合${Math.round(duplicate.get(`${a.claim}|${b.claim}`)! * 100)}%），可能同源`));
        const same = group.length > outlets.length ? `；同一媒体的多篇稿件只计一次` : '';
        const summary = `${outlets.length}家媒体给出一致的${entityName(context, seed.entity)}${metricName(context, seed.metric)}：${group.map((o) => describe(context, o, false)).join('、')}，均为${normalized(seed)}${same}${copies.length ? `。注意：${copies.join('；')}` : ''}。`;
        findings.push(finding('corroboration', 'info', `${key}|${seed.scopeKey}`, summary, seed.entity, seed.metric, group.map(value), claimsOf(context, group, (o) => o.outlet)));
      }
    }
    return findings;
  },
};
