/** The data files' streamed JSON (src/content/json-stream.ts) is byte for byte the one-string JSON. */
import { describe, expect, it } from 'vitest';
import { jsonLines, jsonObjectOfArray, textStream } from '../src/site/json-stream.ts';

const read = async (pieces: Iterable<string>) => new TextDecoder().decode(await new Response(textStream(pieces)).arrayBuffer());
const records = Array.from({ length: 700 }, (_, i) => ({ id: `c${i}`, text: `英伟达市值\n第${i}条 "引号" \\ <b>`, refs: [i, i + 1], nested: { empty: [], none: null, list: [{ a: 1 }] }, skipped: undefined }));

describe('streamed JSON', () => {
  it('writes one record per line, as the array joined by hand', async () => {
    for (const list of [[], records.slice(0, 1), records]) {
      expect(await read(jsonLines(list))).toBe(list.length === 0 ? '[]\n' : `[\n${list.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    }
  });

  it('writes an object of one array exactly as JSON.stringify(…, null, 1) does', async () => {
    for (const list of [[], records.slice(0, 1), records]) {
      expect(await read(jsonObjectOfArray('findings', list))).toBe(`${JSON.stringify({ findings: list }, null, 1)}\n`);
    }
  });

  it('encodes in chunks, and reads the records only as the stream is read', async () => {
    let made = 0;
    function* counted() {
      for (const r of records) {
        made++;
        yield r;
      }
    }
    const reader = textStream(jsonLines(counted())).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(made).toBeLessThan(records.length);
    let chunks = 1;
    while (!(await reader.read()).done) chunks++;
    expect(made).toBe(records.length);
    expect(chunks).toBeGreaterThan(1);
  });
});
