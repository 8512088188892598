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
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=60'];

export interface BuildStep {
  readonly name: string;
  /** Arguments to `process.execPath`. */
  readonly args: readonly string[];
}

/** The steps that build the project at `root` into `outDir`. */
export function buildSteps(root: string, outDir: string): readonly [ingest: BuildStep, astro: BuildStep, search: BuildStep] {
  const here = import.meta.dirname;
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  return [
    { name: 'ingest', args: [join(here, 'ingest.ts'), root] },
    { name: 'astro build', args: [...ASTRO_NODE_FLAGS, astro, 'build', '--outDir', outDir] },
    { name: 'search index', args: [join(here, 'search-index.ts'), root, outDir] },
  ];
}
