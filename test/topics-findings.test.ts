/**
 * Issue 14's targets on each new-topic fixture, as a new export arrives: the
 * fixture as the only seed, the shipped metrics lexicon, no curated entities
 * (discovery finds them), then ingest and the whole pipeline. Planted findings
 * found ≥ 70% and no false conflict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNewTopic } from './helpers/seed-pipeline.ts';
import { formatRatio, loadTopic, scoreFindings, topicSlugs, TOPICS_DIR } from './helpers/topics.ts';

describe.each(topicSlugs())('findings on %s, a new topic', (slug) => {
  it('finds 70% of the planted findings or more, and no false conflict', () => {
    const corpus = runNewTopic(readFileSync(join(TOPICS_DIR, slug, 'seed.txt'), 'utf8'));
    const topic = loadTopic(slug);
    const score = scoreFindings(topic, corpus.findings.map((f) => ({ kind: f.kind, claims: f.claims.map((c) => c.id) })));
    const missed = score.missed.map((m) => `${m.kind} (gold line ${m.line}): ${m.note}`);
    expect(score.recall.value ?? 0, `${formatRatio(score.recall)}; missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.7);
    expect(score.falseConflicts.map((f) => f.claims.map((c) => topic.claims.get(c)).join(' | '))).toEqual([]);
  });
});
