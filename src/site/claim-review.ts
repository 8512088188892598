/**
 * schema.org ClaimReview for a claim with a verdict, as JSON for a
 * `<script type="application/ld+json">` block: `<`, `>`, `&` and the JavaScript
 * line separators are escaped so no text can close the block.
 */
import type { Verdict, VerdictEntry } from '../reviews/schema.ts';

/** Ratings on a 1–5 scale for verdicts that rank; 无法核实 has none (alternateName only). */
const RATINGS: Partial<Record<Verdict, number>> = { 准确: 5, 基本准确: 4, 已过时: 3, 有误导: 2, 错误: 1 };

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
    reviewRating: {
      '@type': 'Rating',
      alternateName: input.verdict.verdict,
      ...(rating !== undefined ? { ratingValue: rating, bestRating: 5, worstRating: 1 } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: input.outlet },
      datePublished: input.published.slice(0, 10),
      appearance: { '@type': 'CreativeWork', url: new URL(input.articleUrl, input.site).href, headline: input.articleTitle },
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
