/**
 * The corpus model parsed from seed exports: export → articles → sections → claims.
 * Display text is kept exactly as written; ids are branded strings.
 */
import type { Place } from './diagnostic.ts';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Stable article id derived from outlet, printed time and title (e.g. `a3f09c1d2e4b`). */
export type ArticleId = Brand<string, 'ArticleId'>;
/** Stable claim id: survives re-ingest and corrections of the claim's text (e.g. `c9b1e0f3a2d47`). */
export type ClaimId = Brand<string, 'ClaimId'>;

export interface Claim {
  id: ClaimId;
  /** The claim as written, without its citation markers. */
  text: string;
  /** Paragraph numbers of the original article, in the order written. */
  refs: number[];
  source: Place;
}

export interface Section {
  /** The heading as written; `null` when a body starts with a claim. */
  heading: string | null;
  source: Place;
  claims: Claim[];
}

export interface SeedArticle {
  id: ArticleId;
  title: string;
  outlet: string;
  /** The time exactly as printed in the seed, `YYYY-MM-DD HH:MM`, normalised to ASCII digits. */
  printed: string;
  /** ISO 8601 with the configured seed time zone, e.g. `2025-11-22T00:07:00Z`. */
  published: string;
  /** Where the title line stands. */
  source: Place;
  /** Where the `outlet· date` line stands. */
  byline: Place;
  sections: Section[];
}

export interface SeedExport {
  /** Seed path relative to the project root, `seeds/…`. */
  file: string;
  /** The search query of the export: the corpus topic. */
  topic: string;
  articles: SeedArticle[];
}
