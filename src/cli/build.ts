#!/usr/bin/env node
/**
 * `npm run build`: the pipeline as processes. ingest (seeds → content/),
 * astro build (the pipeline's stages and the pages), then the search index
 * (Pagefind and the service worker), each in a process of its own so the
 * index never sits beside the build's memory. Stops at the first step that
 * fails, with its exit code.
 *
 * All or nothing: pages and index are written into a new tree beside `dist/`
 * (`.dist.next-PID`), swapped in only when every step succeeded; a failed or
 * killed build leaves the last good `dist/`, and the next build removes what
 * a killed one left (src/core/swap-dir.ts).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { recoverDir, stagingDir, swapIn } from '../core/swap-dir.ts';
import { buildSteps } from './build-steps.ts';

const root = process.argv[2] ?? process.cwd();
const dist = join(root, 'dist');
const staging = stagingDir(dist);

recoverDir(dist);
rmSync(staging, { recursive: true, force: true });
for (const { name, args, env } of buildSteps(root, staging)) {
  const run = spawnSync(process.execPath, [...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build: ${name} failed${run.status === null ? ` (${run.signal})` : ''}; dist/ was not changed`);
    process.exit(run.status ?? 1);
  }
}
swapIn(staging, dist);
