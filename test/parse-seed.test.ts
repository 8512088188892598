/**
 * Fixture tests for the seed parser: each folder under test/fixtures/seeds/
 * holds an `input.txt` and the `expected.json` parse (or diagnostics).
 * Regenerate after an intended change: `UPDATE=1 npm test -- parse-seed`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/core/diagnostic.ts';
import { parseSeed } from '../src/core/parse-seed.ts';

const root = join(import.meta.dirname, 'fixtures/seeds');

function run(name: string) {
  const result = parseSeed(`seeds/${name}.txt`, readFileSync(join(root, name, 'input.txt')));
  return result.seed ? { seed: result.seed } : { diagnostics: result.diagnostics.map(formatDiagnostic) };
}

describe('parseSeed fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const actual = run(name);
      const expectedFile = join(root, name, 'expected.json');
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
