/**
 * Ingest is linear: in claims per body line (columns were once recounted from
 * the line start for every claim: 100,000 claims took 110 s) and in articles
 * per seed. Measured as a ratio of times at n and 10n (n best of three, 10n
 * once), never as a time: linear work gives about 10, quadratic about 100.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/bench/generate.ts';
import { parseSeed } from '../src/core/parse-seed.ts';
import { emitArticleMdx } from '../src/content/emit.ts';

const HEADER = 'Workflow\n算力过剩\n';

function seedWithLine(claims: number): Uint8Array {
  const body = Array.from({ length: claims }, (_, i) => `${i === 0 ? '节 - ' : ' - '}论断${i}，规模约${i % 97}亿元 [${1 + (i % 40)}]`).join('');
  return new TextEncoder().encode(`${HEADER}长文\n36氪· 2025-11-22 00:07\n${body}\n`);
}

function seedWithArticles(articles: number): Uint8Array {
  return new TextEncoder().encode([...generateCorpus(articles, articles).files.values()][0]!);
}

/** Best of `runs` runs of parse and emit, in ms (the first run of all also warms the code up). */
function cost(bytes: Uint8Array, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const { seed } = parseSeed('seeds/x.txt', bytes);
    for (const article of seed!.articles) emitArticleMdx(article, seed!.topic);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('ingest scales linearly', () => {
  it('in claims per body line: 10,000 → 100,000 claims', { timeout: 120_000 }, () => {
    const small = seedWithLine(10_000);
    const large = seedWithLine(100_000);
    expect(parseSeed('seeds/x.txt', large).seed!.articles[0]!.sections[0]!.claims).toHaveLength(100_000);
    const base = cost(small, 3);
    const ratio = cost(large, 1) / base;
    // Linear is about 10 (more when the collector runs); quadratic would be about 100.
    expect(ratio).toBeLessThan(40);
  });

  it('in articles per seed: 50 → 500 articles', { timeout: 120_000 }, () => {
    const small = seedWithArticles(50);
    const large = seedWithArticles(500);
    const base = cost(small, 3);
    expect(cost(large, 1) / base).toBeLessThan(40);
  });
});
