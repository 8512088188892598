/** What the checker reads and writes: plain data, no Astro. */
import type { Mention } from '../entities/linker.ts';
import type { Interval, Quantity, TimeExpression } from '../quantities/extract.ts';

export type { Interval };

export interface CheckClaim {
  id: string;
  text: string;
  mentions: readonly Mention[];
  source: { file: string; line: number; column: number };
  /** The text as published, when `text` is a reviewer's correction of it. */
  original?: string;
  /** The company its section is about, when not the article's subject (a section headed 华翔航空 in a many-company article). */
  subject?: string;
  /** The index of its section in the article, when known: a year written in a new section frames that section. */
  section?: number;
}

export interface CheckArticle {
  slug: string;
  title: string;
  outlet: string;
  /** ISO 8601. */
  published: string;
  subject: string | null;
  titleMentions: readonly Mention[];
  /** Where the title stands in its seed. */
  titleSource: { file: string; line: number; column: number };
  claims: readonly CheckClaim[];
}

export interface ClaimQuantities {
  claim: string;
  quantities: Quantity[];
  times: TimeExpression[];
}

/** A figure attached to what it measures. */
export interface Observation {
  claim: string;
  article: string;
  outlet: string;
  published: string;
  /** Block entity: the organisation (parts rolled up), or null for sector-wide figures. */
  entity: string | null;
  /** The entity as mentioned, before rolling up. */
  mentioned: string | null;
  /**
   * How the subject was found: a linked entity, a name the registry does not know (`entity` is then
   * `~name`), the sector (`entity` null: 行业, 全国, a population such as 中小企业), or none — a figure
   * nobody is known to own, read but compared with nothing.
   */
  attribution: 'entity' | 'text' | 'sector' | 'none';
  metric: string;
  family: string;
  /** What part of the entity or sector the figure is about, as written (部分智算中心国产算力); '' = unqualified. */
  scope: string;
  /** The scope as compared: entity names removed (国产芯片 → ''; 部分智算中心国产算力 → 部分). */
  scopeKey: string;
  /** A time value of src/quantities/times.ts: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, a half, months to date, a dekad or a week. */
  time: string;
  /** Period words the time reader did not take (上半年, 上年同期): figures meet only within one period. */
  period?: string;
  timeExplicit: boolean;
  /** The time was taken from another subject's figure in the claim before (the same measure): a guess, not written. */
  timeCarried?: true;
  kind: 'level' | 'change';
  quantity: Quantity;
  /** The interval compared within the family (for 闲置率: 100% − the figure). */
  compared: Interval;
  /** How `compared` was derived, when it was (闲置率 = 100% − 利用率). */
  derivation?: string;
  /** Set when the metric is only a proxy of its family (点亮率). */
  proxy?: string;
}


export type FindingKind = 'conflict' | 'scope-mismatch' | 'change' | 'corroboration' | 'syndication' | 'headline' | 'tension';
export type Severity = 'high' | 'medium' | 'low' | 'info';

export interface FindingClaim {
  id: string;
  text: string;
  article: string;
  outlet: string;
  published: string;
  source: { file: string; line: number; column: number };
  /** The figure compared, as written, when there is one. */
  figure?: { start: number; end: number; surface: string };
  /** Role in the finding: a side, a scope, a time, a headline … */
  label?: string;
  /** The text as published, when `text` is its correction. */
  original?: string;
}

export interface FindingValue extends Interval {
  claim: string;
  surface: string;
  metric: string | null;
  /** The block entity (organisation, parts rolled up; null = sector-wide). */
  entity: string | null;
  /** The entity the text names, when it names one. */
  mentioned?: string | null;
  /** The subject as named in the text when no entity is linked (铁矿石, 一家公司的名称). */
  subject?: string;
  scope: string;
  time: string | null;
  amount: string | null;
  unit: string;
  hedge: string;
  note?: string;
}

export interface Finding {
  /** Stable: kind + what is compared; reviewers attach verdicts to it. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** One or two sentences in Chinese, with the normalised values. */
  summary: string;
  /** Entity and metric the finding is about, when it has them. */
  entity: string | null;
  metric: string | null;
  values: FindingValue[];
  claims: FindingClaim[];
  /** Claims the finding concerns beyond those listed (long findings list the first few). */
  unlisted?: number;
  /** Earlier ids the finding answers to (the id formula before issue 17); verdicts on them attach. */
  previousIds: string[];
}
