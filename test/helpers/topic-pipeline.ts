/**
 * Today's pipeline on one topic fixture, with only the parse: the linker with
 * a given registry (empty for a new topic), article subjects, the checker with
 * a given metrics lexicon. Returns the neutral shapes test/helpers/topics.ts
 * scores. Check articles are built as src/check/from-corpus.ts builds them
 * from published articles, without content files.
 */
import { check } from '../../src/check/index.ts';
import type { Metric } from '../../src/check/metric-schema.ts';
import type { CheckArticle } from '../../src/check/model.ts';
import { Linker } from '../../src/entities/linker.ts';
import type { RegistryEntity } from '../../src/entities/registry.ts';
import { checkArticle } from './check-article.ts';
import { suggestNames } from '../../src/entities/suggest.ts';
import type { FoundEntity, FoundFinding, Topic } from './topics.ts';

export interface PipelineResult {
  /** Entities the pipeline would publish: the registry's, as linked at least once. */
  linked: FoundEntity[];
  /** Names `npm run entities -- --suggest` proposes. */
  suggested: FoundEntity[];
  /** Claim id → names of the entities linked in it. */
  links: Map<string, string[]>;
  findings: FoundFinding[];
  /** Figures, and figures the checker gave a metric. */
  figures: { total: number; withMetric: number };
}

export function runPipeline(topic: Topic, options: { entities: readonly RegistryEntity[]; metrics: readonly Metric[] }): PipelineResult {
  const linker = new Linker(options.entities);
  const slugs = new Map(topic.articles.map((a) => [a.id, a.slug]));
  const articles: CheckArticle[] = topic.seed.articles.map((a) => checkArticle(linker, a, slugs.get(a.id)!));
  const name = (id: string) => linker.entity(id)?.name ?? id;
  const links = new Map<string, string[]>();
  const used = new Set<string>();
  for (const claim of articles.flatMap((a) => a.claims)) {
    const ids = [...new Set(claim.mentions.map((m) => m.entity).filter((e): e is string => e !== null))];
    ids.forEach((id) => used.add(id));
    if (ids.length > 0) links.set(claim.id, ids.map(name));
  }
  const linked = options.entities.filter((e) => used.has(e.id)).map((e) => ({ name: e.name, aliases: [...e.aliases], type: e.type }));
  const suggested = suggestNames(articles.flatMap((a) => a.claims), options.entities.flatMap((e) => [e.name, ...e.aliases])).map((s) => ({ name: s.name, aliases: [] }));
  const result = check(articles, options.entities, options.metrics);
  const quantities = [...result.quantities.values()].reduce((n, q) => n + q.quantities.length, 0);
  const observed = new Set(result.observations.map((o) => `${o.claim}\u0000${o.quantity.start}`));
  return {
    linked,
    suggested,
    links,
    findings: result.findings.map((f) => ({ kind: f.kind, claims: f.claims.map((c) => c.id) })),
    figures: { total: quantities, withMetric: observed.size },
  };
}
