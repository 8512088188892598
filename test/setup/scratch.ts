/** One folder for every temporary project of a test run (see tempDir), removed at the end. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'kaozheng-tests-'));
  process.env.KAOZHENG_TEST_TMP = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
