import { hash } from 'node:crypto';
import type { ArticleId, ClaimId } from './model.ts';
import { normalizeForMatch } from './text.ts';

/** The first `length` hex digits of the SHA-256 of `parts` joined by NUL: every stable id is made of these. */
export function digest(parts: readonly string[], length: number): string {
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, length);
}

/**
 * An article is identified by what it is, not where it stands: outlet, printed
 * time and title (normalised), so reordering or renaming seed files keeps ids.
 */
export function articleId(outlet: string, printed: string, title: string): ArticleId {
  return `a${digest([normalizeForMatch(outlet), printed, normalizeForMatch(title)], 12)}` as ArticleId;
}

/**
 * A claim is identified by its article, its original (normalised) text and the
 * occurrence of that text in the article. Corrections live beside the claim and
 * never edit the seed, so they do not change this id.
 */
export function claimId(article: ArticleId, text: string, occurrence: number): ClaimId {
  return `c${digest([article, normalizeForMatch(text), String(occurrence)], 12)}` as ClaimId;
}
