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
 */
export type ClaimTags = Record<string, { r: number[]; e?: string[]; f?: string[]; x?: string; o?: string }>;

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
  return {
    filters: {
      [FILTERS.type]: [TYPE_LABELS.article],
      [FILTERS.outlet]: [article.outlet],
      [FILTERS.year]: [article.published.slice(0, 4)],
      ...(named.length > 0 ? { [FILTERS.entity]: named } : {}),
      ...(found.length > 0 ? { [FILTERS.finding]: found } : {}),
    },
    meta: { outlet: article.outlet, date: article.printed, claims: JSON.stringify(claims) },
    sort: { date: article.published },
  };
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
