/**
 * The pipeline, stage by stage: read → verify → link → check → review here,
 * then publish in the site layer (src/site/publish.ts: URLs and HTML).
 * `npm run build` runs it as ingest (src/cli/ingest.ts) → astro build (whose
 * pages call this) → search index (src/cli/search-index.ts); see src/cli/build.ts.
 *
 * Every stage is pure over its input; one that finds bad input throws
 * `InputError` with every problem, before anything is published.
 */
import { check as runChecker, type CheckResult } from '../check/index.ts';
import type { Metric } from '../check/metric-schema.ts';
import { readMetrics } from '../check/metrics.ts';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import type { SeedExport } from '../core/model.ts';
import { readSeeds } from '../core/read-seeds.ts';
import type { ContentArticle } from '../content/parse.ts';
import { readContent } from '../content/read-content.ts';
import { verifyContent } from '../content/verify.ts';
import { Linker, type Mention } from '../entities/linker.ts';
import { readRegistry, type RegistryEntity } from '../entities/registry.ts';
import { readRejected, type Rejected } from '../entities/rejected.ts';
import { articleSubject } from '../entities/subject.ts';
import { negate } from '../quantities/interval.ts';
import { attachVerdicts } from '../reviews/attach.ts';
import { readReviewFiles, type ReviewFiles, type Reviews, validateReviews, verdictHistory } from '../reviews/read.ts';
import type { Correction } from '../reviews/schema.ts';
import { byPublishedDesc, type Corpus, type CorpusArticle, type CorpusClaim, type ResolvedFinding } from './model.ts';
import { timed, type Timing } from './timing.ts';
import { toCheckArticles } from './to-check.ts';
import { discover } from './discover.ts';

/** Everything the corpus is made of, as read from the project. */
export interface Inputs {
  seeds: SeedExport[];
  contents: ContentArticle[];
  entities: RegistryEntity[];
  /** Names reviewers rejected (content/entities/rejected.yaml): never published by discovery. */
  rejected: Rejected;
  metrics: Metric[];
  reviewFiles: ReviewFiles;
}

/** Inputs whose content agrees with its seeds, with the corrections that allow it. */
export interface Verified extends Inputs {
  /** Claim id → the seed's text and refs (what was published). */
  seedClaims: Map<string, { text: string; refs: number[] }>;
  corrections: Correction[];
}

/** A claim with its mentions; the rest of CorpusClaim comes in the review stage. */
export type LinkedClaim = Pick<CorpusClaim, 'id' | 'text' | 'refs' | 'line' | 'column' | 'mentions' | 'entities'> & {
  /** The text as last corrected (field `text`) and its mentions: what the checker reads. */
  corrected?: { text: string; mentions: Mention[] };
};

/** The checker's result on the corrected text, with the findings corrections resolved. */
export type Checked = CheckResult & { resolved: ResolvedFinding[] };
/** A section headed by one company (迅达快递 - …) has it as `subject`: its claims are about that company. */
export type LinkedArticle = Omit<CorpusArticle, 'sections'> & { sections: { heading: string | null; anchor: string; subject?: string; claims: LinkedClaim[] }[] };

/** read: seeds, content files, the entity registry, the metrics lexicon and review files. */
export function read(root: string): Inputs {
  const seeds = readSeeds(root);
  const content = readContent(root, seeds.seeds);
  const registry = readRegistry(root);
  const rejected = readRejected(root);
  const lexicon = readMetrics(root);
  const reviewFiles = readReviewFiles(root);
  fail([...seeds.diagnostics, ...content.diagnostics, ...registry.diagnostics, ...rejected.diagnostics, ...lexicon.diagnostics]);
  return { seeds: seeds.seeds, contents: content.articles, entities: registry.entities, rejected: rejected.rejected, metrics: lexicon.metrics, reviewFiles };
}

/** verify: corrections against the seeds (what was published), then content against both. */
export function verify(inputs: Inputs): Verified {
  const seedClaims = new Map(inputs.seeds.flatMap((s) => s.articles.flatMap((a) => a.sections.flatMap((x) => x.claims.map((c) => [c.id as string, { text: c.text, refs: c.refs }] as const)))));
  const corrected = validateReviews({ corrections: inputs.reviewFiles.corrections, verdicts: [] }, { claims: seedClaims, findings: new Set() });
  const recorded = Map.groupBy(corrected.reviews.corrections, (c) => c.claim);
  fail([...corrected.diagnostics, ...verifyContent(inputs.seeds, inputs.contents, recorded), ...checkSubjects(inputs.contents, inputs.entities)]);
  return { ...inputs, seedClaims, corrections: corrected.reviews.corrections };
}

/** link: every claim and title to the entity registry; articles newest first. */
export function link(verified: Verified): LinkedArticle[] {
  const linker = new Linker(verified.entities);
  // Corrections are sorted by date: the last text correction of a claim is what it says now.
  const corrected = new Map(verified.corrections.filter((c) => c.field === 'text').map((c) => [c.claim, c.right]));
  return verified.contents.map((a) => linkArticle(a, linker, corrected)).sort(byPublishedDesc);
}

/** check: the consistency checker over every linked article. */
export function check(verified: Verified, articles: readonly LinkedArticle[]): Checked {
  const result = runChecker(toCheckArticles(articles), verified.entities, verified.metrics);
  return { ...result, resolved: resolvedByCorrections(verified, articles, result) };
}

/** review: verdicts against the findings, then every claim with its figures, findings, corrections and verdict. */
export function review(verified: Verified, articles: readonly LinkedArticle[], result: Checked): Omit<Corpus, 'contents' | 'entities' | 'metrics'> {
  // Verdicts on findings are attached by id or earlier id; one on a finding that changed waits for re-review (待复核).
  const judged = validateReviews({ corrections: [], verdicts: verified.reviewFiles.verdicts }, { claims: verified.seedClaims });
  fail(judged.diagnostics);
  const reviews: Reviews = { corrections: verified.corrections, verdicts: judged.reviews.verdicts };
  const attached = attachVerdicts(reviews.verdicts, result.findings, result.resolved, new Map(verified.reviewFiles.verdicts.map((v) => [v.file, v.text])));
  const byClaim = new Map<string, string[]>();
  for (const f of result.findings) for (const c of f.claims) byClaim.set(c.id, [...(byClaim.get(c.id) ?? []), f.id]);
  const observationsByClaim = Map.groupBy(result.observations, (o) => o.claim);
  const correctionsByClaim = Map.groupBy(reviews.corrections, (c) => c.claim);
  const known = new Set(verified.entities.map((e) => e.id));
  const reviewed = ({ corrected: _checked, ...claim }: LinkedClaim): CorpusClaim => {
    const { current, earlier } = verdictHistory(reviews.verdicts, claim.id);
    // 归属于上市公司股东的净利润为38.6亿元 in a company's article: the subject is elided, but the figures are the
    // company's, so the claim is about it too (its entity page lists it), with no mention to link.
    const owners = (observationsByClaim.get(claim.id) ?? []).filter((o) => o.attribution === 'entity' && o.entity !== null && known.has(o.entity)).map((o) => o.entity!);
    return {
      ...claim,
      entities: [...new Set([...claim.entities, ...owners])],
      quantities: result.quantities.get(claim.id)?.quantities ?? [],
      observations: (observationsByClaim.get(claim.id) ?? []).map(({ entity, mentioned, metric, family, scope, time, kind, compared, derivation, proxy, quantity }) => ({
        entity, mentioned, metric, family, scope, time, kind, surface: quantity.display, unit: quantity.unit,
        // Falls read as negative numbers on pages and timelines.
        compared: quantity.change === 'down' ? negate(compared) : compared,
        ...(derivation ? { derivation } : {}), ...(proxy ? { proxy } : {}),
      })),
      findings: byClaim.get(claim.id) ?? [],
      corrections: correctionsByClaim.get(claim.id) ?? [],
      verdict: current ?? null,
      earlierVerdicts: earlier,
    };
  };
  return {
    articles: articles.map((a) => ({ ...a, sections: a.sections.map((s) => ({ ...s, claims: s.claims.map(reviewed) })) })),
    findings: result.findings.map((f) => {
      const all = attached.byFinding.get(f.id) ?? [];
      return { ...f, verdict: all.at(-1) ?? null, earlierVerdicts: all.slice(0, -1) };
    }),
    resolved: result.resolved,
    staleVerdicts: attached.stale,
    reviews,
  };
}

/** The stages before the checker: read, verify, link (the checker's input, for `runPipeline` and the benchmark). */
export function throughLink(root: string, timings: Timing[] = []): { known: Verified; linked: LinkedArticle[] } {
  const verified = timed(timings, 'verify', () => verify(timed(timings, 'read', () => read(root))));
  // Linking starts with discovery: the registry plus the entities the corpus names (src/pipeline/discover.ts).
  return timed(timings, 'link', () => {
    const known = discover(verified);
    return { known, linked: link(known) };
  });
}

/** The stages in order, each timed into `timings`. */
export function runPipeline(root: string, timings: Timing[] = []): Corpus {
  const { known, linked } = throughLink(root, timings);
  const result = timed(timings, 'check', () => check(known, linked));
  const reviewed = timed(timings, 'review', () => review(known, linked, result));
  return { ...reviewed, contents: new Map(known.contents.map((c) => [c.slug, c])), entities: known.entities, metrics: known.metrics };
}

function fail(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length > 0) throw new InputError(diagnostics);
}

function checkSubjects(articles: readonly ContentArticle[], entities: readonly RegistryEntity[]): Diagnostic[] {
  const ids = new Set(entities.map((e) => e.id));
  return articles
    .filter((a) => a.frontmatter.subject !== undefined && !ids.has(a.frontmatter.subject))
    .map((a) => ({ file: a.file, line: a.keyLines.subject ?? 1, column: 1, source: 'content', rule: 'unknown-subject', fatal: true, message: `frontmatter subject "${a.frontmatter.subject}" is not an entity in content/entities/` }));
}

/**
 * Findings of the text as published that the corrections resolve: run the
 * checker on the uncorrected text too (only when there are text corrections)
 * and keep the findings that involve a corrected claim and are gone now.
 */
function resolvedByCorrections(verified: Verified, articles: readonly LinkedArticle[], result: CheckResult): ResolvedFinding[] {
  const fixes = Map.groupBy(verified.corrections.filter((c) => c.field === 'text'), (c) => c.claim);
  if (fixes.size === 0) return [];
  const original = articles.map((a) => ({ ...a, sections: a.sections.map((s) => ({ ...s, claims: s.claims.map(({ corrected: _c, ...claim }) => claim) })) }));
  const before = runChecker(toCheckArticles(original), verified.entities, verified.metrics);
  const now = new Set(result.findings.map((f) => f.id));
  return before.findings
    .filter((f) => !now.has(f.id) && f.claims.some((c) => fixes.has(c.id)))
    .map((f) => ({ ...f, corrections: [...new Set(f.claims.flatMap((c) => (fixes.get(c.id) ?? []).map((x) => x.file)))] }));
}

function linkArticle(article: ContentArticle, linker: Linker, corrected: ReadonlyMap<string, string>): LinkedArticle {
  const fm = article.frontmatter;
  const subject = articleSubject(linker, fm.title, fm.subject, article.sections.find((s) => s.claims.length > 0)?.claims[0]?.text);
  let anchor = 0;
  const title = linker.link(fm.title);
  // 该片 / 该车型 point at the product named last: in the title, then in each claim in turn.
  const lastProduct = (mentions: readonly Mention[]) => mentions.findLast((m) => m.entity !== null && linker.entity(m.entity)?.type === 'product')?.entity ?? undefined;
  let product = lastProduct(title.mentions);
  return {
    id: fm.id,
    slug: article.slug,
    file: article.file,
    title: fm.title,
    outlet: fm.outlet,
    printed: fm.printed,
    published: fm.published,
    topic: fm.topic,
    subject: subject ?? null,
    titleMentions: title.mentions as Mention[],
    seed: fm.seed,
    sections: article.sections.map((s) => {
      // A section headed by one company (迅达快递 - …) is about it: 公司/该公司/其 there are that company.
      const headed = s.heading === null ? undefined : articleSubject(linker, s.heading);
      // 该公司 refers back to the one organisation the claim before named; a bare 公司 does not (公司高管减持 is any company's).
      let before: string | undefined;
      return {
        heading: s.heading,
        // Anchors count headings only, as remark-claims does.
        anchor: s.heading === null ? '' : `s${++anchor}`,
        ...(headed !== undefined ? { subject: headed } : {}),
        claims: s.claims.map(({ id, text, refs, line, column }) => {
          const fixed = corrected.get(id);
          // 该公司 points at the last one named, even in an article about another.
          const own = headed ?? (before && DEMONSTRATIVE.test(text) ? before : subject);
          const named = product;
          const linked = linker.link(text, own, named);
          product = lastProduct(linked.mentions) ?? product;
          before = onlyOrganisation(linker, linked.mentions.filter((m) => m.via !== 'subject').map((m) => m.entity)) ?? (linked.mentions.some((m) => m.via === 'subject') ? own : undefined);
          return { id, text, refs, line, column, ...linked, ...(fixed !== undefined ? { corrected: { text: fixed, mentions: linker.link(fixed, own, named).mentions as Mention[] } } : {}) };
        }),
      };
    }),
  };
}

/** 该公司 / 该集团 / 该企业 opening a claim or a clause; 其 opening a claim (其全年净利润…, not 其中). */
const DEMONSTRATIVE = /(?:^|[，,；;。])(?:该公司|该集团|该企业)|^其(?![中他它余实次后间])/;

/** The one company or organisation among linked entity ids, if exactly one. */
function onlyOrganisation(linker: Linker, ids: readonly (string | null)[]): string | undefined {
  const organisations = [...new Set(ids.filter((id): id is string => id !== null && ['company', 'organisation'].includes(linker.entity(id)?.type ?? '')))];
  return organisations.length === 1 ? organisations[0] : undefined;
}
