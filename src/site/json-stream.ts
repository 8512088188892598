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
  let count = 0;
  yield JSON_ARRAY_START;
  for (const record of records) yield jsonArrayItem(JSON.stringify(record), count++);
  yield jsonArrayEnd(count);
}

/** The pieces of `jsonLines`, for a writer that has each record's JSON already (src/site/data-files.ts). */
export const JSON_ARRAY_START = '[';
export const jsonArrayItem = (json: string, index: number): string => `${index === 0 ? '\n' : ',\n'}${json}`;
export const jsonArrayEnd = (count: number): string => (count === 0 ? ']\n' : '\n]\n');

/** `{ "<key>": [items] }` exactly as `JSON.stringify(…, null, 1)` writes it, and a final newline. */
export function* jsonObjectOfArray(key: string, items: Iterable<unknown>): Generator<string> {
  yield* jsonObjectOfArrays([[key, items]]);
}

/** `{ "<key>": [items], … }` exactly as `JSON.stringify(…, null, 1)` writes it, and a final newline. */
export function* jsonObjectOfArrays(entries: readonly (readonly [string, Iterable<unknown>])[]): Generator<string> {
  yield '{';
  for (const [index, [key, items]] of entries.entries()) {
    let first = true;
    yield `${index > 0 ? ',' : ''}\n ${JSON.stringify(key)}: [`;
    for (const item of items) {
      yield `${first ? '\n' : ',\n'}${indentedTwoDeep(item)}`;
      first = false;
    }
    yield first ? ']' : '\n ]';
  }
  yield '\n}\n';
}

/**
 * An item as `JSON.stringify(…, null, 1)` writes it two levels deep, its first line indented too:
 * stringified inside two arrays and cut out, which is what indenting every line of its own text
 * with a regular expression gave, without a second pass over the text.
 */
export function indentedTwoDeep(item: unknown): string {
  const text = JSON.stringify([[item]], null, 1);
  // `[\n [\n` before the item, `\n ]\n]` after it.
  return text.slice(5, -5);
}
