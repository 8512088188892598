/**
 * The data files (`dist/data/*.json`) as streams of UTF-8 chunks. At 10,000
 * articles claims.json alone is over 100 MB: written as one string it would be
 * held two or three times over (records, their lines, the joined text) beside
 * everything else the build holds. Astro collects the chunks into the file.
 */
const encoder = new TextEncoder();
/** Pieces encoded per chunk. */
const BATCH = 256;

/** A stream of the pieces' text, encoded a batch at a time as it is read. */
export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      let chunk = '';
      for (let i = 0; i < BATCH; i++) {
        const next = iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

/** A JSON array with one record per line: compact, greppable and diff-friendly. */
export function* jsonLines(records: Iterable<unknown>): Generator<string> {
  let first = true;
  yield '[';
  for (const record of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/** `{ "<key>": [items] }` exactly as `JSON.stringify(…, null, 1)` writes it, and a final newline. */
export function* jsonObjectOfArray(key: string, items: Iterable<unknown>): Generator<string> {
  let first = true;
  yield `{\n ${JSON.stringify(key)}: [`;
  for (const item of items) {
    // Items sit two levels deep; JSON text has no raw newlines inside strings, so indenting every line is safe.
    yield `${first ? '\n' : ',\n'}  ${JSON.stringify(item, null, 1).replace(/\n/g, '\n  ')}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n ]\n}\n';
}
