/**
 * publish, the pipeline's last stage (src/pipeline/stages.ts has the others):
 * gives findings and their claims their URLs on the site and renders each
 * article's HTML. Presentation, so it lives here, above the core.
 */
import type { FindingClaim } from '../check/model.ts';
import type { Corpus, CorpusArticle, ResolvedFinding, ReviewedFinding } from '../pipeline/model.ts';
import type { StaleVerdict } from '../reviews/attach.ts';
import { timed, type Timing } from '../pipeline/timing.ts';
import { findingUrls } from './finding-urls.ts';
import { renderArticleHtml, type Annotations } from './render.ts';
import { searchNames } from './search-tags.ts';
import { articleUrl, claimUrl } from './urls.ts';

export type PublishedClaim = CorpusArticle['sections'][number]['claims'][number];

export interface PublishedArticle extends CorpusArticle {
  /** The article's rendered body; empty when published without HTML (the CLIs). */
  html: string;
}

/** A finding's claim with its permalink (a title's: its article). */
export type PublishedFindingClaim = FindingClaim & { url: string };

export type PublishedFinding = Omit<ReviewedFinding, 'claims'> & {
  /** The finding's canonical URL: its kind's page, with the anchor. */
  url: string;
  claims: PublishedFindingClaim[];
};

/** A finding a correction resolved, its claims with their permalinks. */
export type PublishedResolvedFinding = Omit<ResolvedFinding, 'claims'> & { claims: PublishedFindingClaim[] };

/** A verdict waiting for re-review, with the URL of its nearest current finding. */
export type PublishedStaleVerdict = StaleVerdict & { nearestUrl: string | null };

export interface PublishedCorpus extends Omit<Corpus, 'articles' | 'findings' | 'contents' | 'resolved' | 'staleVerdicts'> {
  articles: PublishedArticle[];
  findings: PublishedFinding[];
  resolved: PublishedResolvedFinding[];
  staleVerdicts: PublishedStaleVerdict[];
}

/** The URL of a claim a finding cites; `title:<slug>` is the article's title. */
export const findingClaimUrl = (c: Pick<FindingClaim, 'id' | 'article'>): string => (c.id.startsWith('title:') ? articleUrl(c.article) : claimUrl(c.article, c.id));

const published = new WeakMap<Corpus, PublishedCorpus>();

/** Once per corpus: `astro dev` asks per request, and the corpus is cached until its inputs change. */
export function publish(corpus: Corpus, { html = true, timings = [] }: { html?: boolean; timings?: Timing[] } = {}): PublishedCorpus {
  // A corpus published with HTML serves callers that need none too.
  const hit = published.get(corpus);
  if (hit) return hit;
  const result = timed(timings, 'publish', () => publishNow(corpus, html));
  if (html) published.set(corpus, result);
  return result;
}

/**
 * What an article's page shows beside its text, by claim: entity links (and the entities' other
 * names, for search), finding badges, reviewers' corrections and verdicts.
 */
export function articleAnnotations(corpus: Pick<Corpus, 'findings' | 'entities'>, urls: ReadonlyMap<string, string> = findingUrls(corpus.findings)): (article: CorpusArticle) => Annotations {
  const kinds = new Map(corpus.findings.map((f) => [f.id, f.kind]));
  const names = Object.fromEntries(corpus.entities.map((e) => [e.id, searchNames(e)]));
  return (article) => {
    const claims = article.sections.flatMap((s) => s.claims);
    const mentions = Object.fromEntries(claims.map((c) => [c.id, c.mentions]));
    const findings = Object.fromEntries(claims.map((c) => [c.id, c.findings.map((id) => ({ id, kind: kinds.get(id)!, url: urls.get(id)! }))]));
    const reviews = Object.fromEntries(claims.map((c) => [c.id, { text: c.text, corrections: c.corrections, verdict: c.verdict, earlierVerdicts: c.earlierVerdicts }]));
    return { mentions, findings, reviews, names };
  };
}

function publishNow(corpus: Corpus, html: boolean): PublishedCorpus {
  const urls = findingUrls(corpus.findings);
  // Key order is the order of the fields in findings.json.
  const findings = corpus.findings.map(({ verdict, earlierVerdicts, ...f }) => ({
    ...f,
    claims: f.claims.map(({ id, text, article, ...rest }) => ({ id, text, article, url: findingClaimUrl({ id, article }), ...rest })),
    url: urls.get(f.id)!,
    verdict,
    earlierVerdicts,
  }));
  const annotate = html ? articleAnnotations(corpus, urls) : undefined;
  const render = (article: CorpusArticle): string => renderArticleHtml(corpus.contents.get(article.slug)!, annotate!(article));
  const articles = corpus.articles.map((article): PublishedArticle => {
    if (!html) return { ...article, html: '' };
    // Rendered when its page asks, not all at once: at 10,000 articles every page's HTML held
    // together for the whole build is hundreds of megabytes the collector keeps walking.
    const out = { ...article } as PublishedArticle;
    Object.defineProperty(out, 'html', { enumerable: true, get: () => render(article) });
    return out;
  });
  const resolved = corpus.resolved.map((f) => ({ ...f, claims: f.claims.map(({ id, text, article, ...rest }) => ({ id, text, article, url: findingClaimUrl({ id, article }), ...rest })) }));
  const staleVerdicts = corpus.staleVerdicts.map((s) => ({ ...s, nearestUrl: s.nearest === null ? null : (urls.get(s.nearest) ?? null) }));
  return { articles, findings, resolved, staleVerdicts, entities: corpus.entities, metrics: corpus.metrics, reviews: corpus.reviews };
}
