/** The data files' writer (src/site/data-writer.ts): files of one pass written together, each byte for byte its own pieces. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataFilePass, DataSources } from '../src/site/data-files.ts';
import { writeDataFilePass } from '../src/site/data-writer.ts';
import { indentedTwoDeep, jsonObjectOfArrays } from '../src/site/json-stream.ts';

const dir = mkdtempSync(join(tmpdir(), 'kaozheng-data-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data file passes', () => {
  it('writes every file of a pass from one walk over the steps, empty pieces skipped, chunks of any size', async () => {
    // Pieces from one byte to past a chunk (256 KiB), in one-, two-, three- and four-byte UTF-8.
    const steps: [string, string, string][] = [['[', '', 'head\r\n']];
    for (let i = 0; i < 3000; i++) steps.push([`,${'论'.repeat(i % 97)}${i}`, i % 3 === 0 ? `𝟘${i}\n` : '', `é${i}\r\n`]);
    steps.push(['x'.repeat(300_000), '', '断'.repeat(100_000)], [']\n', '', '']);
    let walks = 0;
    const pass: DataFilePass = {
      names: ['a.json', 'b.jsonl', 'c.csv'],
      steps: () => {
        walks++;
        return steps;
      },
    };
    const sizes = await writeDataFilePass(dir, pass, {} as DataSources);
    expect(walks).toBe(1);
    pass.names.forEach((name, i) => {
      const expected = steps.map((s) => s[i]).join('');
      expect(readFileSync(join(dir, name), 'utf8')).toBe(expected);
      expect(sizes.get(name)).toBe(Buffer.byteLength(expected));
    });
  });

  it('reports a file it cannot write', async () => {
    const pass: DataFilePass = { names: ['missing/a.json'], steps: () => [['x']] };
    await expect(writeDataFilePass(dir, pass, {} as DataSources)).rejects.toThrow(/ENOENT/);
  });
});

describe('findings.json items', () => {
  it('are indented two levels deep exactly as JSON.stringify(…, null, 1) indents them', () => {
    const items = [{ id: 'f1', values: [{ value: '-14', unit: '亿元', nested: { empty: [], none: null, list: [[1], {}] } }], text: '含\n换行 "引号"' }, [], {}, 'text', 3, null];
    for (const item of items) expect(indentedTwoDeep(item)).toBe(`  ${JSON.stringify(item, null, 1).replace(/\n/g, '\n  ')}`);
    const text = [...jsonObjectOfArrays([['findings', items], ['resolved', []]])].join('');
    expect(text).toBe(`${JSON.stringify({ findings: items, resolved: [] }, null, 1)}\n`);
  });
});
