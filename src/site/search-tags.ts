/**
 * What the search index knows about a page beyond its text. Pagefind indexes
 * pages, not claims: an article page is one record whose claims are anchors
 * (the `id` of each claim's text), and the search page turns an article's
 * matches back into claims (src/search/claims.ts). What a claim is about and
 * what the checker found travel in the page's `claims` metadata, so claim-level
 * filters work without one record per claim.
 */
import type { PublishedArticle } from './publish.ts';
import { FINDING_LABELS } from './labels.ts';
import type { RegistryEntity } from '../entities/registry.ts';

/** The index language: the site is zh-CN; Pagefind segments Chinese only when told so. */
export const SEARCH_LANGUAGE = 'zh-cn';

/** Filter names as readers see them on the search page. */
export const FILTERS = { type: '类型', outlet: '媒体', entity: '实体', year: '年份', finding: '核查' } as const;
export const TYPE_LABELS = { article: '文章', entity: '实体' } as const;

/**
 * Per claim, keyed by the id of its text: paragraph markers, entity names,
 * finding labels (each omitted when empty), and for a claim reviewers
 * corrected, the corrected text and the original: its anchor's text is not
 * reliable then (Pagefind leaves out the `<del>` and `<ins>` it is made of).
 * The page's metadata carries them compactly (`encodeClaimTags`).
 */
export type ClaimTags = Record<string, { r: number[]; e?: string[]; f?: string[]; x?: string; o?: string }>;

/**
 * One claim's tags in the page's metadata: [markers, entities, findings,
 * corrected text, original], trailing empty lists left out. Entities and
 * findings are positions in the page's own 实体 and 核查 filter values, sorted
 * (the page's claims name them all): a query fetches a dozen pages, and names
 * written out per claim cost a twentieth of each. The page's tuples are a list
 * in the order of its claims, not keyed by claim id: Pagefind indexes metadata
 * as words, and the ids were a third of the index and of the time to write it.
 */
export type ClaimTuple = [number[], number[]?, number[]?, string?, string?];

/**
 * The other names of every entity that has any, by entity name (the name a
 * claim's `e` gives): the search page checks a claim found by 纳德拉 against
 * them (Pagefind found the page through the same names, indexed but not
 * shown). Carried once, by the search page (`entityNames`), not by each
 * article's metadata: a query fetches a dozen articles, most naming the same
 * entities, and their names made a fifth of each download.
 */
export type EntityNames = Record<string, string[]>;

type SearchNamed = Pick<RegistryEntity, 'name' | 'names' | 'aliases' | 'roles'>;

export interface PageTags {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Filters, metadata and sort keys of an article page. */
export function articleTags(article: Omit<PublishedArticle, 'html'>, entities: ReadonlyMap<string, Pick<RegistryEntity, 'name'>>, findingKinds: ReadonlyMap<string, string>): PageTags {
  const claims: ClaimTags = {};
  for (const section of article.sections) {
    for (const claim of section.claims) {
      const e = claim.entities.map((id) => entities.get(id)?.name).filter((n): n is string => n !== undefined);
      const f = sorted(claim.findings.map((id) => FINDING_LABELS[findingKinds.get(id) ?? ''] ?? '').filter(Boolean));
      const x = claim.corrections.filter((c) => c.field === 'text').at(-1)?.right;
      claims[claim.id] = { r: claim.refs, ...(e.length > 0 ? { e } : {}), ...(f.length > 0 ? { f } : {}), ...(x !== undefined ? { x, o: claim.text } : {}) };
    }
  }
  const all = Object.values(claims);
  const named = sorted(all.flatMap((c) => c.e ?? []));
  const found = sorted(all.flatMap((c) => c.f ?? []));
  const filters = {
    [FILTERS.type]: [TYPE_LABELS.article],
    [FILTERS.outlet]: [article.outlet],
    [FILTERS.year]: [article.published.slice(0, 4)],
    ...(named.length > 0 ? { [FILTERS.entity]: named } : {}),
    ...(found.length > 0 ? { [FILTERS.finding]: found } : {}),
  };
  return {
    filters,
    meta: { outlet: article.outlet, date: article.printed, claims: JSON.stringify(encodeClaimTags(claims, filters)) },
    sort: { date: article.published },
  };
}

/** The page's claim tags as its metadata carries them (`ClaimTuple`, in claim order), against the page's filters. */
export function encodeClaimTags(claims: ClaimTags, filters: Readonly<Record<string, readonly string[]>>): ClaimTuple[] {
  const position = (values: readonly string[] | undefined) => new Map(sorted(values ?? []).map((v, i) => [v, i]));
  const entities = position(filters[FILTERS.entity]);
  const findings = position(filters[FILTERS.finding]);
  return Object.values(claims).map((t): ClaimTuple => {
    const e = (t.e ?? []).map((n) => entities.get(n)!);
    const f = (t.f ?? []).map((n) => findings.get(n)!);
    return t.x !== undefined ? [t.r, e, f, t.x, t.o ?? ''] : f.length > 0 ? [t.r, e, f] : e.length > 0 ? [t.r, e] : [t.r];
  });
}

/** The anchors of a page Pagefind gives back; a claim's is its text, a `p` (section headings are `h2`). */
export interface ClaimAnchor {
  element: string;
  id: string;
  location: number;
}

/**
 * The page's claim tags, by claim id, out of its metadata, its filters and its
 * anchors, as Pagefind gives them back. A page whose tags do not fit (not one
 * tuple per claim anchor, a position out of range) gives none: no claim is
 * listed under an entity or finding it may not have.
 */
export function decodeClaimTags(json: string | undefined, filters: Readonly<Record<string, readonly string[]>>, anchors: readonly ClaimAnchor[]): ClaimTags {
  let encoded: ClaimTuple[];
  try {
    encoded = json ? (JSON.parse(json) as ClaimTuple[]) : [];
  } catch {
    return {};
  }
  // Pagefind gives anchors in no promised order: the claims' order is their place in the page.
  const ids = anchors.filter((a) => a.element === 'p').sort((a, b) => a.location - b.location).map((a) => a.id);
  if (!Array.isArray(encoded) || encoded.length !== ids.length) return {};
  const entities = sorted(filters[FILTERS.entity] ?? []);
  const findings = sorted(filters[FILTERS.finding] ?? []);
  const names = (positions: number[] | undefined, values: readonly string[]) => (positions ?? []).map((i) => values[i]);
  const claims: ClaimTags = {};
  for (const [i, tuple] of encoded.entries()) {
    if (!Array.isArray(tuple)) return {};
    const [r, e, f, x, o] = tuple;
    const en = names(e, entities);
    const fn = names(f, findings);
    if (!Array.isArray(r) || [...en, ...fn].some((n) => n === undefined)) return {};
    claims[ids[i]!] = { r, ...(en.length > 0 ? { e: en as string[] } : {}), ...(fn.length > 0 ? { f: fn as string[] } : {}), ...(x !== undefined && o !== undefined ? { x, o } : {}) };
  }
  return claims;
}

/**
 * Each entity's other names, for the search page. Two entities of the same
 * name (a claim's `e` cannot tell them apart) share their names.
 */
export function entityNames(entities: Iterable<SearchNamed>): EntityNames {
  const names = new Map<string, Set<string>>();
  for (const entity of entities) {
    const others = searchNames(entity).filter((n) => n !== entity.name);
    if (others.length === 0) continue;
    const set = names.get(entity.name) ?? names.set(entity.name, new Set()).get(entity.name)!;
    for (const n of others) set.add(n);
  }
  return Object.fromEntries([...names.keys()].sort().map((name) => [name, sorted(names.get(name)!)]));
}

/** Every name an entity is searched by, besides the one in the text: 纳德拉 and Nadella find 微软首席执行官. */
export function searchNames(entity: SearchNamed): string[] {
  return sorted([entity.name, entity.names?.zh, entity.names?.en, ...entity.aliases, ...entity.roles].filter((n): n is string => !!n));
}
