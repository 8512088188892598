/** Entities and their cross-reference (presentation layer over src/entities). */
import { entityIndex, type EntityEntry } from './entity-index.ts';
import { getCorpus } from './corpus.ts';
import { oncePerBuild } from './once.ts';
import type { PublishedFinding } from './publish.ts';
import type { RelationKind } from '../entities/schema.ts';

export const getEntityIndex = oncePerBuild(async (): Promise<Map<string, EntityEntry>> => {
  const { articles, entities } = await getCorpus();
  return entityIndex(articles, entities);
});

/** Chinese names in pinyin order, Latin names alphabetically (ICU's zh collation). */
export const byName = new Intl.Collator('zh-Hans-CN', { sensitivity: 'base', numeric: true }).compare;

/**
 * The findings about each entity, in the checker's order: its own blocks and findings over its
 * claims. Made once: filtering every finding for every entity page grows as entities × findings.
 */
export const getFindingsByEntity = oncePerBuild(async (): Promise<Map<string, PublishedFinding[]>> => {
  const index = await getEntityIndex();
  const entitiesOfClaim = new Map<string, string[]>();
  for (const [id, entry] of index) for (const claim of entry.claimIds) (entitiesOfClaim.get(claim) ?? entitiesOfClaim.set(claim, []).get(claim)!).push(id);
  const byEntity = new Map<string, PublishedFinding[]>();
  for (const finding of (await getCorpus()).findings) {
    const about = new Set<string>(finding.entity !== null && index.has(finding.entity) ? [finding.entity] : []);
    for (const c of finding.claims) for (const id of entitiesOfClaim.get(c.id) ?? []) about.add(id);
    for (const id of about) (byEntity.get(id) ?? byEntity.set(id, []).get(id)!).push(finding);
  }
  return byEntity;
});

/** Relations pointing at each entity (`target` ← `from`), made once rather than scanned per page. */
export const getIncomingRelations = oncePerBuild(async (): Promise<Map<string, { kind: RelationKind; from: string }[]>> => {
  const incoming = new Map<string, { kind: RelationKind; from: string }[]>();
  for (const [id, entry] of await getEntityIndex()) for (const r of entry.entity.relations) (incoming.get(r.target) ?? incoming.set(r.target, []).get(r.target)!).push({ kind: r.kind, from: id });
  return incoming;
});
