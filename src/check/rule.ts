/**
 * The shape of a checker rule, after remark-lint and ESLint: a `meta` that
 * says what the rule flags, with ok / not-ok examples that are its tests
 * (test/check/rule-examples.test.ts), and a `check` that reports findings.
 * `report` fills the kind and the stable id, so no rule builds either.
 */
import { type FindingIdentity, legacyFindingId, stableFindingId } from './identity.ts';
import type { RuleContext } from './context.ts';
import type { Finding, FindingClaim, FindingKind, FindingValue, Severity } from './model.ts';

/** An article in seed syntax: [title, outlet, 'YYYY-MM-DD HH:MM', body]. */
export type ExampleArticle = readonly [title: string, outlet: string, time: string, body: string];

export interface RuleExample {
  /** What the example shows, in one line. */
  note: string;
  articles: readonly ExampleArticle[];
}

export interface RuleMeta {
  kind: FindingKind;
  /** What the rule flags, in one line of Chinese (for docs and the checks page). */
  description: string;
  /** `notOk`: the rule reports at least one finding; `ok`: it reports none. */
  examples: { ok: readonly RuleExample[]; notOk: readonly RuleExample[] };
}

/** What a rule reports; `key` says what is compared (the id derives from it). */
export interface FindingReport {
  severity: Severity;
  key: string;
  summary: string;
  entity: string | null;
  metric: string | null;
  values: FindingValue[];
  claims: FindingClaim[];
  /** How many claims the finding concerns, when more than it lists. */
  total?: number;
  /** What the finding is about, for its stable id (src/check/identity.ts); by default its key. */
  identity?: FindingIdentity;
}

export type Report = (finding: FindingReport) => void;

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext, report: Report): void;
}

/** The stable id of a finding: from what it is about, not from its claims (src/check/identity.ts). */
export function findingId(kind: FindingKind, report: Pick<FindingReport, 'key' | 'identity'>): string {
  return stableFindingId(kind, report.identity ?? { subject: report.key, anchor: report.key });
}

/** The finding a rule of `kind` reported. */
export function toFinding(kind: FindingKind, report: FindingReport): Finding {
  const { severity, key, summary, entity, metric, values, claims, total = claims.length } = report;
  const previousIds = [legacyFindingId(kind, key, claims.map((c) => c.id))];
  // A subject the registry does not know (`~铁矿石`) is named in the values (`subject`), not as an entity id.
  return { id: findingId(kind, report), kind, severity, summary, entity: entity?.startsWith('~') ? null : entity, metric, values, claims, ...(total > claims.length ? { unlisted: total - claims.length } : {}), previousIds };
}
