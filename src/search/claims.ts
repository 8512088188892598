/**
 * Claims out of a page-level search result. Pagefind indexes pages; on an
 * article page each claim's text carries an `id`, which Pagefind records as
 * an anchor with its text and word position. A match belongs to the claim
 * whose anchor is the last one at or before it. Pure: shared by the search
 * page and the tests.
 */
import { type ClaimTags, FILTERS } from '../site/search-tags.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  /** Word position in the page's content. */
  location: number;
}

/** The parts of Pagefind's result data this module reads. */
export interface PageResult {
  url: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  /** Word positions of the matches. */
  locations: number[];
}

export interface ClaimHit {
  id: string;
  /** The claim's text as written (the original, for a corrected claim). */
  text: string;
  /** The text as reviewers corrected it, or null. */
  corrected: string | null;
  /** Its permalink. */
  url: string;
  refs: number[];
  entities: string[];
  findings: string[];
  /** Matched words of the query inside the claim (its text or its entities' other names). */
  matches: number;
}

/** Filters that hold for single claims, not just for the page: filter name → field of `ClaimTags`. */
export const CLAIM_FIELDS: Readonly<Record<string, 'e' | 'f'>> = { [FILTERS.entity]: 'e', [FILTERS.finding]: 'f' };

/**
 * The page's claims that hold the query's matches (all of them when there is
 * no query) and every selected claim-level filter value, in page order.
 * Pagefind matches the words of a query one by one (利用率 as 利用 + 率): when
 * some claims hold every word of the query, in their text or their entities'
 * names, only those are kept.
 */
export function claimHits(result: PageResult, options: { query: string; filters: Readonly<Record<string, readonly string[]>> }): ClaimHit[] {
  const tags = parseTags(result.meta.claims);
  const anchors = [...result.anchors].sort((a, b) => a.location - b.location);
  const matches = new Map<string, number>();
  for (const location of result.locations) {
    const anchor = lastAtOrBefore(anchors, location);
    if (anchor && tags[anchor.id]) matches.set(anchor.id, (matches.get(anchor.id) ?? 0) + 1);
  }
  const base = result.url.replace(/#.*$/, '');
  const hits = anchors
    .filter((a) => tags[a.id] !== undefined)
    .map((a) => {
      const t = tags[a.id]!;
      return { id: a.id, text: t.o ?? a.text, corrected: t.x ?? null, url: `${base}#${a.id}`, refs: t.r, entities: t.e ?? [], findings: t.f ?? [], matches: matches.get(a.id) ?? 0 };
    })
    .filter((hit) => !options.query || hit.matches > 0)
    .filter((hit) =>
      Object.entries(CLAIM_FIELDS).every(([name, field]) => {
        const wanted = options.filters[name] ?? [];
        const have = field === 'e' ? hit.entities : hit.findings;
        return wanted.every((value) => have.includes(value));
      }),
    );
  if (!options.query) return hits;
  const full = hits.filter((hit) => holdsAll(hit, options.query));
  return full.length > 0 ? full : hits;
}

/** Whether every whitespace-separated word of the query is in the claim's text or one of its entities' names. */
export function holdsAll(hit: Pick<ClaimHit, 'text' | 'entities'>, query: string): boolean {
  const haystacks = [hit.text, ...hit.entities].map((s) => s.toLowerCase());
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystacks.some((h) => h.includes(word)));
}

function parseTags(json: string | undefined): ClaimTags {
  if (!json) return {};
  try {
    return JSON.parse(json) as ClaimTags;
  } catch {
    return {};
  }
}

/** Binary search over anchors sorted by location. */
function lastAtOrBefore(anchors: readonly PagefindAnchor[], location: number): PagefindAnchor | undefined {
  let lo = 0;
  let hi = anchors.length - 1;
  let found: PagefindAnchor | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.location <= location) {
      found = anchors[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
