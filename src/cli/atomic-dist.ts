#!/usr/bin/env node
/**
 * The site half of `npm run build`: `astro build` and the search index into a
 * new tree beside `dist/` (`.dist.next-PID`), swapped in only when every step
 * succeeded (pages, search index, service worker). A failed or killed build
 * leaves the last good `dist/`; the next build removes what a killed one left
 * (src/core/swap-dir.ts). Each step is a process of its own, as before, so the
 * index is built without Astro's memory still held.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recoverDir, stagingDir, swapIn } from '../core/swap-dir.ts';

const root = process.argv[2] ?? process.cwd();
const dist = join(root, 'dist');
const staging = stagingDir(dist);
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const searchIndex = fileURLToPath(new URL('./search-index.ts', import.meta.url));

let running: ReturnType<typeof spawn> | undefined;
/** Run one step with the terminal's output; resolves to its exit code. */
function step(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    running = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    running.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    running.on('error', () => resolve(1));
  });
}

// Interrupted: stop the step, drop the half-built tree, keep dist/.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    running?.kill('SIGKILL');
    rmSync(staging, { recursive: true, force: true });
    process.exit(130);
  });
}

recoverDir(dist);
rmSync(staging, { recursive: true, force: true });
const ok = (await step([astro, 'build', '--outDir', staging])) === 0 && (await step([searchIndex, root, staging])) === 0;
if (ok) {
  swapIn(staging, dist);
} else {
  rmSync(staging, { recursive: true, force: true });
  console.error('build: failed; dist/ was not changed (it holds the last good build, if any)');
  process.exitCode = 1;
}
