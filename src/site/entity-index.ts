/**
 * Cross-reference: for every entity, the claims about it (grouped by article,
 * oldest article first), figures at a glance and co-mentioned entities.
 * Pure; the pages and `entities.json` share it.
 */
import type { CorpusArticle } from '../pipeline/model.ts';
import type { PublishedClaim } from './publish.ts';
import type { RegistryEntity } from '../entities/registry.ts';

export interface EntityClaim {
  claim: PublishedClaim;
  section: string | null;
}

export interface EntityArticleClaims {
  article: CorpusArticle;
  claims: EntityClaim[];
}

export interface EntityEntry {
  entity: RegistryEntity;
  /** Articles with claims about the entity, oldest first (a timeline). */
  articles: EntityArticleClaims[];
  claimIds: string[];
  outlets: string[];
  /** First and last publication time, ISO. */
  span: [string, string] | null;
  /** Other entities in the same claims, most shared claims first. */
  related: { id: string; count: number }[];
}

export function entityIndex(articles: readonly CorpusArticle[], entities: readonly RegistryEntity[]): Map<string, EntityEntry> {
  const index = new Map<string, EntityEntry>(
    entities.map((entity) => [entity.id, { entity, articles: [], claimIds: [], outlets: [], span: null, related: [] }]),
  );
  const related = new Map<string, Map<string, number>>();
  const oldestFirst = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.slug < b.slug ? -1 : 1));
  for (const article of oldestFirst) {
    for (const section of article.sections) {
      for (const claim of section.claims) {
        for (const id of claim.entities) {
          const entry = index.get(id);
          if (!entry) continue;
          let group = entry.articles.at(-1);
          if (group?.article.slug !== article.slug) {
            group = { article, claims: [] };
            entry.articles.push(group);
          }
          group.claims.push({ claim, section: section.heading });
          entry.claimIds.push(claim.id);
          const counts = related.get(id) ?? new Map<string, number>();
          for (const other of claim.entities) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
          related.set(id, counts);
        }
      }
    }
  }
  for (const entry of index.values()) {
    entry.outlets = [...new Set(entry.articles.map((a) => a.article.outlet))].sort();
    const times = entry.articles.map((a) => a.article.published);
    entry.span = times.length > 0 ? [times[0]!, times.at(-1)!] : null;
    entry.related = [...(related.get(entry.entity.id) ?? new Map<string, number>())]
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  }
  return index;
}
