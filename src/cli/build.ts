#!/usr/bin/env node
/**
 * `npm run build`: the pipeline as processes. ingest (seeds → content/),
 * astro build (the pipeline's stages and the pages), then the search index
 * (Pagefind and the service worker), each in a process of its own so the
 * index never sits beside the build's memory. Stops at the first step that
 * fails, with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = process.argv[2] ?? process.cwd();
const here = import.meta.dirname;
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

const steps: [name: string, args: string[]][] = [
  ['ingest', [join(here, 'ingest.ts'), root]],
  ['astro build', [astro, 'build']],
  ['search index', [join(here, 'search-index.ts'), root]],
];

for (const [name, args] of steps) {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`build: ${name} failed${run.status === null ? ` (${run.signal})` : ''}`);
    process.exit(run.status ?? 1);
  }
}
