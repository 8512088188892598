/**
 * Today's linker and checker on each new-topic fixture as the only seed, with
 * no curated registry, and with no metrics or with the shipped lexicon. Prints
 * the figures; asserts no thresholds yet (the discovery work adds them), but
 * fails when a fixture's gold does not load.
 */
import { describe, expect, it } from 'vitest';
import { readMetrics } from '../src/check/metrics.ts';
import { repo } from './helpers/project.ts';
import { runPipeline } from './helpers/topic-pipeline.ts';
import { formatRatio, loadTopic, scoreEntities, scoreFindings, scoreLinks, topicSlugs } from './helpers/topics.ts';

const shipped = readMetrics(repo).metrics;

describe.each(topicSlugs())('baseline on %s', (slug) => {
  const topic = loadTopic(slug);

  it.each([
    ['no metrics', []],
    ['content/metrics', shipped],
  ] as const)('with no registry and %s', (label, metrics) => {
    const run = runPipeline(topic, { entities: [], metrics });
    const linked = scoreEntities(topic, run.linked);
    const suggested = scoreEntities(topic, run.suggested);
    const links = scoreLinks(topic, run.links);
    const findings = scoreFindings(topic, run.findings);
    const byKind = Object.entries(findings.byKind).map(([k, r]) => `${k} ${r.hit}/${r.of}`).join(', ');
    console.log([
      `[topics] ${slug} (${label}): ${topic.articles.length} articles, ${topic.claims.size} claims, ${topic.entities.length} gold entities (${linked.recall.of} in ≥2 claims)`,
      `  entities linked    recall ${formatRatio(linked.recall)}  precision ${formatRatio(linked.precision)}`,
      `  entities suggested recall ${formatRatio(suggested.recall)}  precision ${formatRatio(suggested.precision)}${suggested.wrong.length ? `  wrong: ${suggested.wrong.slice(0, 8).join('、')}` : ''}`,
      `  claim links        recall ${formatRatio(links.recall)}  precision ${formatRatio(links.precision)}`,
      `  findings           recall ${formatRatio(findings.recall)} [${byKind}]  false conflicts ${findings.falseConflicts.length}  never violated ${findings.neverViolations.length}  found ${run.findings.length}`,
      `  figures with a metric ${run.figures.withMetric}/${run.figures.total}`,
    ].join('\n'));
    expect(linked.recall.of).toBeGreaterThan(0);
  });
});
