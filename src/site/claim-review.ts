/**
 * schema.org ClaimReview for a claim with a verdict, as JSON for a
 * `<script type="application/ld+json">` block: `<`, `>`, `&` and the JavaScript
 * line separators are escaped so no text can close the block.
 */
import type { Verdict, VerdictEntry } from '../reviews/schema.ts';

/**
 * Every verdict has a value on one documented scale, 1 (错误) to 6 (准确), by
 * how well the claim is supported: 无法核实 sits between the true and the
 * false ones, so no Rating lacks `ratingValue` (validators report that).
 */
export const RATINGS: Record<Verdict, number> = { 准确: 6, 基本准确: 5, 已过时: 4, 无法核实: 3, 有误导: 2, 错误: 1 };
export const BEST_RATING = 6;
export const WORST_RATING = 1;

export interface ClaimReviewInput {
  site: string;
  siteName: string;
  claimUrl: string;
  articleUrl: string;
  claimText: string;
  articleTitle: string;
  outlet: string;
  published: string;
  verdict: VerdictEntry;
}

export function claimReview(input: ClaimReviewInput): Record<string, unknown> {
  const rating = RATINGS[input.verdict.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: new URL(input.claimUrl, input.site).href,
    claimReviewed: input.claimText,
    datePublished: input.verdict.date,
    reviewBody: input.verdict.explanation,
    author: { '@type': 'Organization', name: input.siteName, url: input.site },
    reviewRating: { '@type': 'Rating', alternateName: input.verdict.verdict, ratingValue: rating, bestRating: BEST_RATING, worstRating: WORST_RATING },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: input.outlet },
      datePublished: input.published.slice(0, 10),
      // The outlet's article, where the claim appeared; our page of it is its archived copy (`sameAs`).
      appearance: {
        '@type': 'NewsArticle',
        headline: input.articleTitle,
        datePublished: input.published,
        publisher: { '@type': 'Organization', name: input.outlet },
        author: { '@type': 'Organization', name: input.outlet },
        sameAs: new URL(input.articleUrl, input.site).href,
      },
    },
  };
}

/** JSON safe inside a script block. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
