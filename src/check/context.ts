/** What every rule reads: observations in blocks, claims by id, near-duplicates, names. */
import type { Entity } from '../entities/schema.ts';
import { asWritten } from './as-written.ts';
import { formatInterval, formatTime } from './format.ts';
import type { Metric } from './metric-schema.ts';
import type { CheckArticle, CheckClaim, ClaimQuantities, FindingClaim, FindingValue, Observation, Severity } from './model.ts';
import type { FindingReport } from './rule.ts';

export interface RuleContext {
  articles: readonly CheckArticle[];
  observations: readonly Observation[];
  /** Observations grouped by entity, metric family, unit and kind: the only places figures meet. */
  blocks: ReadonlyMap<string, readonly Observation[]>;
  quantities: ReadonlyMap<string, ClaimQuantities>;
  claims: ReadonlyMap<string, { claim: CheckClaim; article: CheckArticle }>;
  /**
   * Each block's comparable groups (same scope, period and time window) with their clusters
   * of agreeing figures, made once: conflict and corroboration read the same ones.
   */
  groups: ReadonlyMap<string, readonly ComparableGroup[]>;
  /** Near-duplicate claim pairs across articles (containment ≥ 0.8). */
  duplicates: readonly [string, string, number][];
  metrics: ReadonlyMap<string, Metric>;
  entities: ReadonlyMap<string, Entity>;
}

export interface ComparableGroup {
  observations: readonly Observation[];
  /** Figures that all share a point, lowest first. */
  clusters: readonly Observation[][];
}

/** Claims a finding lists at most; it says how many there are in all. */
export const MAX_LISTED = 12;

export function blockKey(o: Observation): string {
  return `${o.entity ?? '∅'}|${o.family}|${o.quantity.unit}|${o.kind}`;
}

/** An entity's name; a subject the registry does not know (`~铁矿石`) by its text; the sector as 行业. */
export function entityName(context: RuleContext, id: string | null): string {
  return id === null ? '行业' : id.startsWith('~') ? id.slice(1) : (context.entities.get(id)?.name ?? id);
}

export function metricName(context: RuleContext, id: string): string {
  return context.metrics.get(id)?.name ?? id;
}

/** What a figure is of, as a summary says it: 恒通银行不良贷款率; an index named as its own measure once (LPR, not LPRLPR). */
export function measureOf(context: RuleContext, entity: string | null, metric: string): string {
  const who = entityName(context, entity);
  const what = metricName(context, metric);
  return who.endsWith(what) ? who : `${who}${what}`;
}

/** 不足20%（部分智算中心国产算力，2025年4月28日，36氪） */
export function describe(o: Observation, withScope = true): string {
  const parts = [withScope && o.scope ? o.scope : '', formatTime(o.time), o.outlet].filter(Boolean);
  return `${asWritten(o.quantity)}（${parts.join('，')}）`;
}

export function value(o: Observation): FindingValue {
  const q = o.quantity;
  // Built field by field in the order findings.json writes them: no object spread per figure.
  const subject = o.entity?.startsWith('~') ? o.entity.slice(1) : undefined;
  const v = { claim: o.claim, surface: q.surface, metric: o.metric, entity: subject === undefined ? o.entity : null } as FindingValue;
  if (subject !== undefined) v.subject = subject;
  v.mentioned = o.mentioned;
  v.scope = o.scope;
  v.time = o.time;
  v.amount = q.amount;
  v.lower = o.compared.lower;
  v.upper = o.compared.upper;
  v.lowerOpen = o.compared.lowerOpen;
  v.upperOpen = o.compared.upperOpen;
  v.unit = q.unit;
  v.hedge = q.hedge;
  if (o.derivation) v.note = o.derivation;
  else if (o.proxy) v.note = o.proxy;
  return v;
}

export function normalized(o: Observation): string {
  return formatInterval(o.compared, o.quantity.unit);
}

export function findingClaim(context: RuleContext, id: string, label?: string, figure?: { start: number; end: number; surface: string }): FindingClaim {
  const { claim, article } = context.claims.get(id)!;
  const out: FindingClaim = { id, text: claim.text, article: article.slug, outlet: article.outlet, published: article.published, source: claim.source };
  if (figure) out.figure = figure;
  if (label) out.label = label;
  if (claim.original !== undefined) out.original = claim.original;
  return out;
}

/** One claim per observation (first figure wins), in the order given. */
export function claimsOf(context: RuleContext, observations: readonly Observation[], label?: (o: Observation) => string): FindingClaim[] {
  const seen = new Set<string>();
  const out: FindingClaim[] = [];
  for (const o of observations) {
    if (seen.has(o.claim)) continue;
    seen.add(o.claim);
    out.push(findingClaim(context, o.claim, label?.(o), { start: o.quantity.start, end: o.quantity.end, surface: o.quantity.surface }));
  }
  return out;
}

/** A finding to report; `total` is how many claims it concerns when more than it lists. */
export function finding(severity: Severity, key: string, summary: string, entity: string | null, metric: string | null, values: FindingValue[], claims: FindingClaim[], total = claims.length): FindingReport {
  return { severity, key, summary, entity, metric, values, claims, total };
}
