/**
 * Claims out of a page-level search result. Pagefind indexes pages; on an
 * article page each claim's text carries an `id`, which Pagefind records as
 * an anchor with its text (the claim as written); the page's metadata holds
 * each claim's entities and findings; the entities' other names come once,
 * with the search page. Pure: shared by the search page and the tests.
 */
import { decodeClaimTags, type EntityNames, FILTERS } from '../site/search-tags.ts';
import type { Term } from './terms.ts';
import { type Verdict, verify } from './verify.ts';

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
  /** The page's filter values: its claims' entities and findings are positions in them. */
  filters: Record<string, string[]>;
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
  /** Spans of the text shown (the corrected text, if any) where the query's terms matched. */
  marks: [number, number][];
  /** Terms the claim holds only through an entity's other name. */
  via: Verdict['via'];
}

export interface PageClaims {
  /** The claims that hold every term (all of them when there are no terms) and every claim-level filter, in page order. */
  hits: ClaimHit[];
  /** For each term, how many of the page's claims (that the filters let through) hold it. */
  holders: number[];
  /** The entity names of the page's claims, with their other names: what a misspelt word may have meant. */
  names: string[];
}

/** Filters that hold for single claims, not just for the page: filter name → field of the claim's tags. */
export const CLAIM_FIELDS: Readonly<Record<string, 'e' | 'f'>> = { [FILTERS.entity]: 'e', [FILTERS.finding]: 'f' };

/**
 * The page's claims checked against the query's terms (verify.ts) and the
 * selected claim-level filters. Pagefind's matches only say the page is a
 * candidate: a claim is listed when it holds every term itself, in its text or
 * through its entities' names, never because the page does.
 */
export function pageClaims(result: PageResult, options: { terms: readonly Term[]; filters: Readonly<Record<string, readonly string[]>>; names: Readonly<EntityNames> }): PageClaims {
  const tags = decodeClaimTags(result.meta.claims, result.filters, result.anchors);
  const { names } = options;
  const base = result.url.replace(/#.*$/, '');
  const holders = options.terms.map(() => 0);
  const hits: ClaimHit[] = [];
  const anchors = [...result.anchors].filter((a) => tags[a.id] !== undefined).sort((a, b) => a.location - b.location);
  for (const a of anchors) {
    const t = tags[a.id]!;
    const entities = t.e ?? [];
    const findings = t.f ?? [];
    const filtered = Object.entries(CLAIM_FIELDS).every(([name, field]) => (options.filters[name] ?? []).every((value) => (field === 'e' ? entities : findings).includes(value)));
    if (!filtered) continue;
    const text = t.o ?? a.text;
    const corrected = t.x ?? null;
    const verdict = verify(options.terms, { text: corrected ?? text, ...(corrected !== null ? { also: text } : {}), entities: entities.map((name) => ({ name, names: names[name] ?? [] })) });
    verdict.found.forEach((found, i) => {
      if (found) holders[i]!++;
    });
    if (options.terms.length > 0 && !verdict.holds) continue;
    hits.push({ id: a.id, text, corrected, url: `${base}#${a.id}`, refs: t.r, entities, findings, marks: verdict.marks, via: verdict.via });
  }
  const all = new Set(Object.values(tags).flatMap((t) => t.e ?? []));
  return { hits, holders, names: [...all, ...[...all].flatMap((name) => names[name] ?? [])] };
}

export function parseJson<T extends object>(json: string | undefined): T {
  if (!json) return {} as T;
  try {
    return JSON.parse(json) as T;
  } catch {
    return {} as T;
  }
}
