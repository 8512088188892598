/**
 * Build the site once for the tests that read `dist/` (ingest, then astro build),
 * exactly as `npm run build` does. Fails the run with the build's own output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo, runBuild } from '../helpers/project.ts';

export default function setup(): () => void {
  // One folder for every temporary project of this run (see tempDir), removed at the end.
  const scratch = mkdtempSync(join(tmpdir(), 'kaozheng-tests-'));
  process.env.KAOZHENG_TEST_TMP = scratch;
  const run = runBuild(repo);
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return () => rmSync(scratch, { recursive: true, force: true });
}
