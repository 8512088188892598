/**
 * In a build, every data file is written once, straight into `data/` of the
 * output directory, a batch of pieces at a time; the /data/ page shows the
 * sizes written. Through an endpoint each file would be made twice (once more
 * to measure it for the /data/ page) and collected whole in memory before
 * Astro writes it: at 10,000 articles, hundreds of megabytes copied in pieces.
 * `astro dev` still serves them from the endpoint (src/pages/data/[file].ts).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DATA_FILES, type DataFile } from './data-files.ts';
import { getDataSources } from './data-sources.ts';
import { oncePerBuild } from './once.ts';

/** Bytes of one chunk handed to the file stream. */
const CHUNK = 1 << 18;

/**
 * Write `file` into `dir`; its size in bytes. The pieces are made and encoded here, a chunk at a
 * time, and written by the file system's threads while the build renders other pages: written
 * synchronously, the writes alone held the build up half a second at 1,000 articles. Each piece is
 * encoded straight into the chunk: joining pieces into a string and encoding that flattened the
 * joined string first, which took twice the time of making the pieces (~0.6 s of 52 MB at 1,000 articles).
 */
export async function writeDataFile(dir: string, file: DataFile, sources: Parameters<DataFile['pieces']>[0]): Promise<number> {
  let bytes = 0;
  function* chunks(): Generator<Buffer> {
    let chunk = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    for (const piece of file.pieces(sources)) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
      const room = piece.length * 3;
      if (used + room > chunk.length) {
        if (used > 0) yield chunk.subarray(0, used);
        chunk = Buffer.allocUnsafe(Math.max(CHUNK, room));
        used = 0;
      }
      const written = chunk.write(piece, used);
      used += written;
      bytes += written;
    }
    if (used > 0) yield chunk.subarray(0, used);
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), createWriteStream(join(dir, file.name)));
  return bytes;
}

/** Every data file written into the build's output (set by the kaozheng integration), by name: its size in bytes. */
export const writeDataFiles = oncePerBuild(async (): Promise<ReadonlyMap<string, number>> => {
  const out = process.env.KAOZHENG_OUT_DIR;
  if (!out) throw new Error('KAOZHENG_OUT_DIR is not set: the kaozheng integration (src/integrations/kaozheng.ts) sets it for the build');
  const dir = join(out, 'data');
  mkdirSync(dir, { recursive: true });
  const sources = await getDataSources();
  const sizes = new Map<string, number>();
  for (const file of DATA_FILES) sizes.set(file.name, await writeDataFile(dir, file, sources));
  return sizes;
});
