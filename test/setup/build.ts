/**
 * Build the site once for the tests that read `dist/` (test/site/), exactly as
 * `npm run build` does. Fails the run with the build's own output.
 */
import { repo, runBuild } from '../helpers/project.ts';
import scratch from './scratch.ts';

export default function setup(): () => void {
  const cleanup = scratch();
  const run = runBuild(repo);
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return cleanup;
}
