/**
 * The corpus model: what the pipeline hands to the site and the CLIs. The
 * article family, by stage:
 *
 *   SeedArticle     (core)     an article as parsed from a seed export
 *   ContentArticle  (content)  an article file in content/articles/, as parsed
 *   CheckArticle    (check)    what the checker reads of an article
 *   CorpusArticle   (pipeline) an article linked, checked and reviewed
 *   PublishedArticle (site)    a CorpusArticle with its rendered HTML
 *   ArticleRecord   (site)     a row of dist/data/articles.json
 */
import type { Metric } from '../check/metric-schema.ts';
import type { Finding, Observation } from '../check/model.ts';
import type { ContentArticle } from '../content/parse.ts';
import type { Mention } from '../entities/linker.ts';
import type { RegistryEntity } from '../entities/registry.ts';
import type { Quantity } from '../quantities/extract.ts';
import type { Reviews } from '../reviews/read.ts';
import type { Correction, VerdictEntry } from '../reviews/schema.ts';

export interface CorpusClaim {
  id: string;
  text: string;
  refs: number[];
  line: number;
  column: number;
  mentions: Mention[];
  /** Entity ids the claim is about, in order of first mention. */
  entities: string[];
  quantities: Quantity[];
  /** Figures attached to an entity and a metric (the checker's observations). */
  observations: ClaimObservation[];
  /** Ids of the findings that involve the claim. */
  findings: string[];
  /** Reviewers' corrections of the claim, oldest first; the seed's text stays the record. */
  corrections: Correction[];
  /** The current verdict, and the ones it replaced (oldest first). */
  verdict: VerdictEntry | null;
  earlierVerdicts: VerdictEntry[];
}

/** An observation as pages need it: what was measured, when, and the figure. */
export type ClaimObservation = Pick<Observation, 'entity' | 'mentioned' | 'metric' | 'family' | 'scope' | 'time' | 'kind' | 'compared' | 'derivation' | 'proxy'> & { surface: string; unit: string };

export interface CorpusSection {
  heading: string | null;
  anchor: string;
  claims: CorpusClaim[];
}

export interface CorpusArticle {
  id: string;
  slug: string;
  file: string;
  title: string;
  outlet: string;
  printed: string;
  published: string;
  topic: string;
  /** The entity 公司 refers to in this article, if one. */
  subject: string | null;
  titleMentions: Mention[];
  seed: { file: string; line: number; column: number };
  sections: CorpusSection[];
}

/** A finding with the reviewers' verdict on it, if any. */
export type ReviewedFinding = Finding & {
  verdict: VerdictEntry | null;
  earlierVerdicts: VerdictEntry[];
};

export interface Corpus {
  /** Newest first (see byPublishedDesc). */
  articles: CorpusArticle[];
  /** Each article's content file as parsed, by slug: what the site renders. */
  contents: ReadonlyMap<string, ContentArticle>;
  entities: RegistryEntity[];
  metrics: Metric[];
  findings: ReviewedFinding[];
  reviews: Reviews;
}

/** Newest first; ties by slug, so the order never depends on the file system. */
export function byPublishedDesc(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return a.published < b.published ? 1 : a.published > b.published ? -1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
