/**
 * The registry the corpus is linked with: curated entries, then discovered
 * ones. A curated entry always wins: discovery already leaves out every name
 * the registry knows, and an id the registry has (a confirmed entity keeps the
 * discovered id, so its URL does not change) replaces the discovered entry.
 */
import type { DiscoveredEntity } from './discover/discover.ts';
import { ENTITIES_DIR, type RegistryEntity } from './registry.ts';

export function mergeRegistry(curated: readonly RegistryEntity[], discovered: readonly DiscoveredEntity[]): RegistryEntity[] {
  const ids = new Set(curated.map((e) => e.id));
  return [...curated, ...discovered.filter((e) => !ids.has(e.id)).map((e) => ({ ...e, file: `${ENTITIES_DIR}/${e.id}.yaml` }))];
}
