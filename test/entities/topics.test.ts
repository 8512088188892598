/**
 * Discovery on each new-topic fixture as the only seed, with no curated
 * registry: the entities the build publishes and the claims it links them in
 * (each claim's entities, as entity pages and claims.csv list them), through
 * ingest and the whole pipeline, scored against the gold
 * (test/helpers/topics.ts). Thresholds from issue 13.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNewTopic } from '../helpers/seed-pipeline.ts';
import { discoverEntities } from '../../src/entities/discover/discover.ts';
import { Linker } from '../../src/entities/linker.ts';
import { articleSubject } from '../../src/entities/subject.ts';
import { formatRatio, loadTopic, scoreEntities, scoreLinks, type Topic, TOPICS_DIR, topicSlugs } from '../helpers/topics.ts';

export function discoverTopic(topic: Topic) {
  const slugs = new Map(topic.articles.map((a) => [a.id, a.slug]));
  const articles = topic.seed.articles.map((a) => ({ slug: slugs.get(a.id)!, title: a.title, claims: a.sections.flatMap((s) => s.claims.map((c) => ({ id: c.id, text: c.text }))) }));
  const { entities } = discoverEntities(articles, []);
  const linker = new Linker(entities);
  const links = new Map<string, string[]>();
  for (const article of articles) {
    const subject = articleSubject(linker, article.title, undefined, article.claims[0]?.text);
    for (const claim of article.claims) {
      const ids = linker.link(claim.text, subject).entities;
      if (ids.length > 0) links.set(claim.id, ids.map((id) => linker.entity(id)!.name));
    }
  }
  return { entities, links };
}

/** The fixture built as a new export arrives: the only seed, the shipped metrics, no curated entity. */
function buildTopic(slug: string) {
  const corpus = runNewTopic(readFileSync(join(TOPICS_DIR, slug, 'seed.txt'), 'utf8'));
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  const links = new Map<string, string[]>();
  for (const claim of corpus.articles.flatMap((a) => a.sections.flatMap((s) => s.claims))) {
    if (claim.entities.length > 0) links.set(claim.id, [...new Set(claim.entities)].map((id) => names.get(id) ?? id));
  }
  return { entities: corpus.entities, links };
}

describe.each(topicSlugs())('discovery on %s, no registry', (slug) => {
  const topic = loadTopic(slug);
  const { entities, links } = buildTopic(slug);
  const found = scoreEntities(topic, entities.map((e) => ({ name: e.name, aliases: e.aliases, type: e.type })));
  const linked = scoreLinks(topic, links);

  it('finds ≥ 80% of the entities named in two claims or more, with precision ≥ 85%; links ≥ 80% of claims', () => {
    console.log([
      `[discovery] ${slug}: ${entities.length} entities published`,
      `  entities    recall ${formatRatio(found.recall)}  precision ${formatRatio(found.precision)}${found.missed.length ? `  missed: ${found.missed.join('、')}` : ''}${found.wrong.length ? `  wrong: ${found.wrong.join('、')}` : ''}${found.split.length ? `  split: ${found.split.join('、')}` : ''}`,
      `  claim links recall ${formatRatio(linked.recall)}  precision ${formatRatio(linked.precision)}`,
      ...(process.env.VERBOSE ? [...linked.missed.map((m) => `    missed ${m}`), ...linked.wrong.map((m) => `    wrong ${m}`)] : []),
    ].join('\n'));
    expect(found.recall.value).toBeGreaterThanOrEqual(0.8);
    expect(found.precision.value).toBeGreaterThanOrEqual(0.85);
    expect(linked.recall.value).toBeGreaterThanOrEqual(0.8);
  });

  it('is deterministic: the same corpus gives the same entities, ids and evidence', () => {
    expect(discoverTopic(topic).entities).toEqual(discoverTopic(topic).entities);
    expect(buildTopic(slug).entities).toEqual(entities);
  });
});
