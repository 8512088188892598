/**
 * In a build, every data file is written once, straight into `data/` of the
 * output directory, a chunk at a time (the claim files in one pass); the /data/ page shows the
 * sizes written. Through an endpoint each file would be made twice (once more
 * to measure it for the /data/ page) and collected whole in memory before
 * Astro writes it: at 10,000 articles, hundreds of megabytes copied in pieces.
 * `astro dev` still serves them from the endpoint (src/pages/data/[file].ts).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { DATA_FILE_PASSES, DATA_FILES, type DataFilePass, type DataSources } from './data-files.ts';
import { getDataSources } from './data-sources.ts';
import { oncePerBuild } from './once.ts';

/** Bytes of one chunk handed to the file stream. */
const CHUNK = 1 << 18;

/**
 * Write the files of `pass` into `dir`; their sizes in bytes, by name. The pieces are made and
 * encoded here, a chunk at a time, and written by the file system's threads while the build renders
 * other pages: written synchronously, the writes alone held the build up half a second at 1,000
 * articles. Each piece is encoded straight into its file's chunk: joining pieces into a string and
 * encoding that flattened the joined string first, which took twice the time of making the pieces
 * (~0.6 s of 52 MB at 1,000 articles).
 */
export async function writeDataFilePass(dir: string, pass: DataFilePass, sources: DataSources): Promise<Map<string, number>> {
  const outputs = pass.names.map((name) => ({ name, stream: createWriteStream(join(dir, name)), chunk: Buffer.allocUnsafe(CHUNK), used: 0, bytes: 0 }));
  // A failed write is reported once the pass is done or waits on that file (no unhandled error event).
  const done = outputs.map(({ stream }) => finished(stream));
  done.forEach((p) => p.catch(() => {}));
  const flush = async (out: (typeof outputs)[number]) => {
    if (out.used === 0) return;
    const full = out.stream.write(out.chunk.subarray(0, out.used));
    out.chunk = Buffer.allocUnsafe(CHUNK);
    out.used = 0;
    if (!full) await once(out.stream, 'drain');
  };
  for (const step of pass.steps(sources)) {
    for (let i = 0; i < outputs.length; i++) {
      const piece = step[i]!;
      if (piece === '') continue;
      const out = outputs[i]!;
      // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
      const room = piece.length * 3;
      if (out.used + room > out.chunk.length) {
        await flush(out);
        if (room > out.chunk.length) out.chunk = Buffer.allocUnsafe(room);
      }
      const written = out.chunk.write(piece, out.used);
      out.used += written;
      out.bytes += written;
    }
  }
  for (const out of outputs) {
    await flush(out);
    out.stream.end();
  }
  await Promise.all(done);
  return new Map(outputs.map((out) => [out.name, out.bytes]));
}

/** Every data file written into the build's output (set by the kaozheng integration), by name: its size in bytes. */
export const writeDataFiles = oncePerBuild(async (): Promise<ReadonlyMap<string, number>> => {
  const out = process.env.KAOZHENG_OUT_DIR;
  if (!out) throw new Error('KAOZHENG_OUT_DIR is not set: the kaozheng integration (src/integrations/kaozheng.ts) sets it for the build');
  const dir = join(out, 'data');
  mkdirSync(dir, { recursive: true });
  const sources = await getDataSources();
  const sizes = new Map<string, number>();
  for (const pass of DATA_FILE_PASSES) for (const [name, bytes] of await writeDataFilePass(dir, pass, sources)) sizes.set(name, bytes);
  // In the order of DATA_FILES, as the /data/ page lists them.
  return new Map(DATA_FILES.map((file) => [file.name, sizes.get(file.name)!]));
});
