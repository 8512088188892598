/**
 * The corpus once per state of the inputs, for every caller in the process
 * (`astro dev` asks per request; the CLIs and the build once).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './model.ts';
import { runPipeline } from './stages.ts';
import type { Timing } from './timing.ts';

const cache = new Map<string, { stamp: string; corpus: Corpus; timings: Timing[] }>();

export function loadCorpus(root: string): Corpus {
  return loadTimed(root).corpus;
}

/** The corpus and when each stage ran, when it was built (for the benchmark's timing lines). */
export function loadTimed(root: string): { corpus: Corpus; timings: readonly Timing[] } {
  const stamp = inputStamp(root);
  const hit = cache.get(root);
  if (hit?.stamp === stamp) return hit;
  const timings: Timing[] = [];
  const corpus = runPipeline(root, timings);
  const entry = { stamp, corpus, timings };
  cache.set(root, entry);
  return entry;
}

/** Names, sizes and modification times of every input file. */
function inputStamp(root: string): string {
  const parts: string[] = [];
  for (const dir of ['seeds', 'content/articles', 'content/entities', 'content/metrics', 'content/corrections', 'content/verdicts']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const s = statSync(join(root, dir, name));
      parts.push(`${dir}/${name}:${s.size}:${s.mtimeMs}`);
    }
  }
  return parts.join('\n');
}
