/**
 * Part of the link stage: entities the corpus names that the registry does
 * not know (src/entities/discover/), merged after the curated entries
 * (curated wins; names in content/entities/rejected.yaml are never
 * published). The result replaces the registry for linking, checking and pages.
 */
import { discoverEntities } from '../entities/discover/discover.ts';
import { mergeRegistry } from '../entities/merge.ts';
import type { Verified } from './stages.ts';

export function discover(verified: Verified): Verified {
  const articles = verified.contents.map((a) => ({ slug: a.slug, title: a.frontmatter.title, claims: a.sections.flatMap((s) => s.claims) }));
  const measures = verified.metrics.flatMap((m) => [m.name, ...m.aliases]);
  const { entities } = discoverEntities(articles, verified.entities, { rejected: verified.rejected.map((r) => r.name), measures });
  return { ...verified, entities: mergeRegistry(verified.entities, entities) };
}
