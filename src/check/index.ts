/**
 * The consistency checker: quantities → observations → blocks → rules.
 * Figures meet only inside a block (entity, metric family, unit, level or
 * change), so the cost grows with the claims, not with their pairs.
 */
import type { Entity } from '../entities/schema.ts';
import { agreeing, comparable } from './clusters.ts';
import { blockKey, type ComparableGroup, type RuleContext } from './context.ts';
import { type Rule, toFinding } from './rule.ts';
import type { Metric } from './metric-schema.ts';
import type { CheckArticle, ClaimQuantities, Finding, Observation } from './model.ts';
import { nearDuplicates } from './near-duplicates.ts';
import { Observer } from './observe.ts';
import { change } from './rules/change.ts';
import { conflict } from './rules/conflict.ts';
import { corroboration } from './rules/corroboration.ts';
import { headline } from './rules/headline.ts';
import { scopeMismatch } from './rules/scope-mismatch.ts';
import { syndication } from './rules/syndication.ts';
import { tension } from './rules/tension.ts';

export const RULES: readonly Rule[] = [conflict, scopeMismatch, change, corroboration, syndication, headline, tension];

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;
const KIND_ORDER = Object.fromEntries(RULES.map((r, i) => [r.meta.kind, i]));

export interface CheckResult {
  findings: Finding[];
  observations: Observation[];
  quantities: Map<string, ClaimQuantities>;
}

export function check(articles: readonly CheckArticle[], entities: readonly Entity[], metrics: readonly Metric[], rules: readonly Rule[] = RULES): CheckResult {
  const entityMap = new Map(entities.map((e) => [e.id, e]));
  const observer = new Observer({ entities: entityMap, metrics });
  const quantities = new Map<string, ClaimQuantities>();
  const observations: Observation[] = [];
  for (const article of articles) {
    const extracted = observer.extractArticle(article);
    for (const q of extracted) quantities.set(q.claim, q);
    observations.push(...observer.observe(article, extracted));
  }
  const blocks = new Map<string, Observation[]>();
  for (const o of observations) {
    // A figure nobody is known to own meets no other: never pooled as 行业.
    if (o.attribution === 'none') continue;
    const key = blockKey(o);
    const list = blocks.get(key) ?? [];
    list.push(o);
    blocks.set(key, list);
  }
  const metricMap = new Map([...metrics, ...observer.adhoc.values()].map((m) => [m.id, m]));
  const groups = new Map<string, ComparableGroup[]>();
  for (const [key, block] of blocks) {
    const window = metricMap.get(block[0]!.metric)?.window ?? 'day';
    groups.set(key, comparable(block, window).map((observations) => ({ observations, clusters: agreeing(observations) })));
  }
  const claims = new Map<string, { claim: CheckArticle['claims'][number]; article: CheckArticle }>();
  for (const article of articles) for (const claim of article.claims) claims.set(claim.id, { claim, article });
  const duplicates = nearDuplicates([...claims.values()].map(({ claim }) => claim)).filter(([a, b]) => claims.get(a)!.article.slug !== claims.get(b)!.article.slug);
  const context: RuleContext = { articles, observations, blocks, groups, quantities, claims, duplicates, metrics: metricMap, entities: entityMap };
  const findings: Finding[] = [];
  const ids = new Set<string>();
  for (const rule of rules) {
    rule.check(context, (report) => {
      let found = toFinding(rule.meta.kind, report);
      // Two findings about one thing (rare: one claim in two clusters): the second is told apart by its claims.
      if (ids.has(found.id)) found = toFinding(rule.meta.kind, { ...report, identity: { subject: report.identity?.subject ?? report.key, anchor: `${report.identity?.anchor ?? report.key}|${report.claims.map((c) => c.id).sort().join('|')}` } });
      ids.add(found.id);
      findings.push(found);
    });
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]! || (a.id < b.id ? -1 : 1));
  return { findings, observations, quantities };
}
