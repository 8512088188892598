/**
 * The published corpus: content articles verified against their seeds,
 * linked to the entity registry, checked for consistency and rendered.
 * Shared by the Astro loaders and the CLIs; throws `InputError` with every
 * problem when anything does not parse or content and seeds disagree.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toCheckArticles } from '../check/from-corpus.ts';
import { check } from '../check/index.ts';
import { findingUrls } from '../check/pages.ts';
import type { Metric } from '../check/metric-schema.ts';
import { readMetrics } from '../check/metrics.ts';
import type { Finding, Observation } from '../check/model.ts';
import { negate } from '../quantities/interval.ts';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import { readSeeds } from '../core/read-seeds.ts';
import { Linker, type Mention } from '../entities/linker.ts';
import { readRegistry, type RegistryEntity } from '../entities/registry.ts';
import { discoverEntities } from '../entities/discover/discover.ts';
import { mergeRegistry } from '../entities/merge.ts';
import { readRejected } from '../entities/rejected.ts';
import { articleSubject } from '../entities/subject.ts';
import type { Quantity } from '../quantities/extract.ts';
import { readReviewFiles, type Reviews, validateReviews, verdictHistory } from '../reviews/read.ts';
import type { Correction, VerdictEntry } from '../reviews/schema.ts';
import type { ContentArticle } from './parse.ts';
import { readContent } from './read-content.ts';
import { renderArticleHtml } from './render.ts';
import { verifyContent } from './verify.ts';
import { searchNames } from '../search/tags.ts';

export interface PublishedClaim {
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

export interface PublishedArticle {
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
  sections: { heading: string | null; anchor: string; claims: PublishedClaim[] }[];
  /** The article's rendered body; empty when loaded without HTML (see `LoadOptions`). */
  html: string;
}

/** A finding with the reviewers' verdict on it, if any. */
export type ReviewedFinding = Finding & {
  /** The finding's canonical URL: its kind's page, with the anchor. */
  url: string;
  verdict: VerdictEntry | null;
  earlierVerdicts: VerdictEntry[];
};

export interface Corpus {
  articles: PublishedArticle[];
  entities: RegistryEntity[];
  metrics: Metric[];
  findings: ReviewedFinding[];
  reviews: Reviews;
  /** When each step of building the corpus ran (epoch ms), for `npm run bench`. */
  timings: Timing[];
}

export interface Timing {
  step: 'read' | 'link' | 'check' | 'render';
  start: number;
  end: number;
}

/** Newest first; ties by slug, so the order never depends on the file system. */
export function byPublishedDesc(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return a.published < b.published ? 1 : a.published > b.published ? -1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

const cache = new Map<string, { stamp: string; html: boolean; corpus: Corpus }>();

export interface LoadOptions {
  /** Render each article's HTML (pages need it; the CLIs do not). Default true. */
  html?: boolean;
}

/** Load once per state of the inputs, for every caller in the process (`astro dev` asks per request). */
export function loadCorpus(root: string, { html = true }: LoadOptions = {}): Corpus {
  const stamp = inputStamp(root);
  const hit = cache.get(root);
  if (hit?.stamp === stamp && (hit.html || !html)) return hit.corpus;
  const corpus = buildCorpus(root, html);
  cache.set(root, { stamp, html, corpus });
  return corpus;
}

/** Names, sizes and modification times of every input file. */
function inputStamp(root: string): string {
  const parts: string[] = [];
  for (const dir of ['seeds', 'content/articles', 'content/entities', 'content/metrics', 'content/corrections', 'content/verdicts']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const s = statSync(join(root, dir, name));
      parts.push(`${dir}/${name}:${s.size}:${s.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

function buildCorpus(root: string, html: boolean): Corpus {
  const timings: Timing[] = [];
  let last = Date.now();
  const step = (name: Timing['step']) => {
    const now = Date.now();
    timings.push({ step: name, start: last, end: now });
    last = now;
  };
  const seeds = readSeeds(root);
  const content = readContent(root, seeds.seeds);
  const registry = readRegistry(root);
  const rejected = readRejected(root);
  const lexicon = readMetrics(root);
  const reviewFiles = readReviewFiles(root);
  const diagnostics = [...seeds.diagnostics, ...content.diagnostics, ...registry.diagnostics, ...rejected.diagnostics, ...lexicon.diagnostics];
  if (diagnostics.length > 0) throw new InputError(diagnostics);

  // Corrections are checked against the seed (what was published), then content against both.
  const seedClaims = new Map(seeds.seeds.flatMap((s) => s.articles.flatMap((a) => a.sections.flatMap((x) => x.claims.map((c) => [c.id as string, { text: c.text, refs: c.refs }] as const)))));
  const corrected = validateReviews({ corrections: reviewFiles.corrections, verdicts: [] }, { claims: seedClaims, findings: new Set() });
  const recorded = Map.groupBy(corrected.reviews.corrections, (c) => c.claim);
  diagnostics.push(...corrected.diagnostics, ...verifyContent(seeds.seeds, content.articles, recorded), ...checkSubjects(content.articles, registry.entities));
  if (diagnostics.length > 0) throw new InputError(diagnostics);

  step('read');
  // Entities the corpus names that the registry does not know, published as 自动识别 (src/entities/discover/).
  const discovery = discoverEntities(
    content.articles.map((a) => ({ slug: a.slug, title: a.frontmatter.title, claims: a.sections.flatMap((s) => s.claims) })),
    registry.entities,
    { rejected: rejected.rejected.map((r) => r.name) },
  );
  const entities = mergeRegistry(registry.entities, discovery.entities);
  const linker = new Linker(entities);
  const linked = content.articles.map((a) => link(a, linker)).sort((a, b) => byPublishedDesc(a.published, b.published));
  step('link');
  const result = check(toCheckArticles(linked.map((l) => l.published)), entities, lexicon.metrics);
  // Verdicts may target findings, so they are checked once the findings exist.
  const judged = validateReviews({ corrections: [], verdicts: reviewFiles.verdicts }, { claims: seedClaims, findings: new Set(result.findings.map((f) => f.id)) });
  if (judged.diagnostics.length > 0) throw new InputError(judged.diagnostics);
  const reviews: Reviews = { corrections: corrected.reviews.corrections, verdicts: judged.reviews.verdicts };
  step('check');
  const byClaim = new Map<string, string[]>();
  for (const f of result.findings) for (const c of f.claims) byClaim.set(c.id, [...(byClaim.get(c.id) ?? []), f.id]);
  const kinds = new Map(result.findings.map((f) => [f.id, f.kind]));
  const urls = findingUrls(result.findings);
  const observationsByClaim = Map.groupBy(result.observations, (o) => o.claim);
  const names = Object.fromEntries(entities.map((e) => [e.id, searchNames(e)]));

  const articles = linked.map(({ source, published }) => {
    for (const section of published.sections) {
      for (const claim of section.claims) {
        claim.quantities = result.quantities.get(claim.id)?.quantities ?? [];
        claim.observations = (observationsByClaim.get(claim.id) ?? []).map(({ entity, mentioned, metric, family, scope, time, kind, compared, derivation, proxy, quantity }) => ({
          entity, mentioned, metric, family, scope, time, kind, surface: quantity.surface, unit: quantity.unit,
          // Falls read as negative numbers on pages and timelines.
          compared: quantity.change === 'down' ? negate(compared) : compared,
          ...(derivation ? { derivation } : {}), ...(proxy ? { proxy } : {}),
        }));
        claim.findings = byClaim.get(claim.id) ?? [];
        claim.corrections = recorded.get(claim.id) ?? [];
        const { current, earlier } = verdictHistory(reviews.verdicts, claim.id);
        claim.verdict = current ?? null;
        claim.earlierVerdicts = earlier;
      }
    }
    if (!html) return published;
    const claims = published.sections.flatMap((s) => s.claims);
    const mentions = Object.fromEntries(claims.map((c) => [c.id, c.mentions]));
    const findings = Object.fromEntries(claims.map((c) => [c.id, c.findings.map((id) => ({ id, kind: kinds.get(id)!, url: urls.get(id)! }))]));
    const claimReviews = Object.fromEntries(claims.map((c) => [c.id, { text: c.text, corrections: c.corrections, verdict: c.verdict, earlierVerdicts: c.earlierVerdicts }]));
    return { ...published, html: renderArticleHtml(source, { mentions, findings, reviews: claimReviews, names }) };
  });
  const findings = result.findings.map((f) => {
    const { current, earlier } = verdictHistory(reviews.verdicts, f.id);
    return { ...f, url: urls.get(f.id)!, verdict: current ?? null, earlierVerdicts: earlier };
  });
  step('render');
  return { articles, entities, metrics: lexicon.metrics, findings, reviews, timings };
}

function checkSubjects(articles: readonly ContentArticle[], entities: readonly RegistryEntity[]): Diagnostic[] {
  const ids = new Set(entities.map((e) => e.id));
  return articles
    .filter((a) => a.frontmatter.subject !== undefined && !ids.has(a.frontmatter.subject))
    .map((a) => ({ file: a.file, line: 1, column: 1, message: `frontmatter subject "${a.frontmatter.subject}" is not an entity in content/entities/` }));
}

function link(article: ContentArticle, linker: Linker): { source: ContentArticle; published: PublishedArticle } {
  const fm = article.frontmatter;
  const subject = articleSubject(linker, fm.title, fm.subject, article.sections.find((s) => s.claims.length > 0)?.claims[0]?.text);
  let anchor = 0;
  const sections = article.sections.map((s) => ({
    heading: s.heading,
    // Anchors count headings only, as remark-claims does.
    anchor: s.heading === null ? '' : `s${++anchor}`,
    claims: s.claims.map(({ id, text, refs, line, column }) => ({ id, text, refs, line, column, ...linker.link(text, subject), quantities: [] as Quantity[], observations: [] as ClaimObservation[], findings: [] as string[], corrections: [] as Correction[], verdict: null, earlierVerdicts: [] as VerdictEntry[] })),
  }));
  return {
    source: article,
    published: {
      id: fm.id,
      slug: article.slug,
      file: article.file,
      title: fm.title,
      outlet: fm.outlet,
      printed: fm.printed,
      published: fm.published,
      topic: fm.topic,
      subject: subject ?? null,
      titleMentions: linker.link(fm.title).mentions,
      seed: fm.seed,
      sections,
      html: '',
    },
  };
}
