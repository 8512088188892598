/**
 * The processes `npm run build` runs, in order, shared by the build
 * (src/cli/build.ts) and the benchmark (src/cli/bench.ts) so the bench
 * measures what a user runs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Node flags for `astro build`. V8 grows the old generation by a factor it
 * picks from how fast it collects (often 2× and more), so a build whose live
 * heap is ~200 MB peaked at 710-790 MB RSS at 1,000 articles. Growing by 60%
 * at a time keeps the heap nearer what is live: 600-640 MB at 1,000 articles
 * for about the same time (40% held 550-590 MB but cost ~1.5 s more CPU in
 * collections), and about 1.5 GB against 2.2 GB at 10,000 (README, Benchmark).
 * A young generation of up to 32 MB per semi-space (V8 picks 16 here) lets more
 * of a page's short-lived strings die before a scavenge copies them: 1.60-1.63 s
 * of collection on the main thread against 1.92-2.29 s, for 25-50 MB more.
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=60', '--max-semi-space-size=32'];

/**
 * Environment for `astro build`. Rolldown (Vite's bundler) allocates with
 * mimalloc, which by default commits its arenas eagerly and keeps what the
 * bundle used after the bundle is done: some 100 MB of the build's peak at
 * 1,000 articles that no page needed (anonymous memory well beyond V8's heap).
 * Committing on demand gives it back: 490-510 MB against 590-610 MB, for the
 * same time (README, Benchmark).
 */
export const ASTRO_ENV: Readonly<Record<string, string>> = { MIMALLOC_ARENA_EAGER_COMMIT: '0' };

export interface BuildStep {
  readonly name: string;
  /** Arguments to `process.execPath`. */
  readonly args: readonly string[];
  /** Set in its environment, over the caller's. */
  readonly env: Readonly<Record<string, string>>;
}

/** The steps that build the project at `root` into `outDir`. */
export function buildSteps(root: string, outDir: string): readonly [ingest: BuildStep, astro: BuildStep, search: BuildStep] {
  const here = import.meta.dirname;
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  return [
    { name: 'ingest', args: [join(here, 'ingest.ts'), root], env: {} },
    { name: 'astro build', args: [...ASTRO_NODE_FLAGS, astro, 'build', '--outDir', outDir], env: ASTRO_ENV },
    { name: 'search index', args: [join(here, 'search-index.ts'), root, outDir], env: {} },
  ];
}
