/**
 * A finding's identity: what it is about, not the claims it lists, so claims
 * joining a finding keep its id and reviewers' verdicts stay attached.
 *
 *   f K SSSSS AAAAAA   K: the kind (one hex digit), S: the subject (what is
 *                      measured: block, title, topic), A: the anchor within it
 *                      (scope and time window, title position, earliest claim).
 *
 * A finding that splits, merges or changes kind keeps its subject digits, so a
 * verdict on an id that no longer exists finds its nearest current finding.
 */
import { digest } from '../core/ids.ts';
import type { FindingKind } from './model.ts';

const KINDS: readonly FindingKind[] = ['conflict', 'scope-mismatch', 'change', 'corroboration', 'syndication', 'headline', 'tension'];

/** What a finding is about: `subject` is shared by findings on one thing, `anchor` tells them apart. */
export interface FindingIdentity {
  subject: string;
  anchor: string;
}

export function stableFindingId(kind: FindingKind, { subject, anchor }: FindingIdentity): string {
  return `f${KINDS.indexOf(kind).toString(16)}${digest([subject], 5)}${digest([kind, subject, anchor], 6)}`;
}

/** The id before issue 17 (kind, key and the sorted claims): kept in `previousIds` so older verdicts attach. */
export function legacyFindingId(kind: FindingKind, key: string, claims: readonly string[]): string {
  return `f${digest([kind, key, ...[...claims].sort()], 12)}`;
}

/** The subject digits of an id (same subject: same thing measured, perhaps another kind). */
export const subjectOf = (id: string): string => id.slice(2, 7);
export const kindOf = (id: string): FindingKind | undefined => KINDS[Number.parseInt(id.slice(1, 2), 16)];
