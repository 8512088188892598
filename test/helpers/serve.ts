/** A static file server for dist/ on a free loopback port, like any static host (no compression). */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from '../../src/bench/static-server.ts';

const TYPES = CONTENT_TYPES;

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve `dir` at `prefix` (`/kz/` for a site published under a sub-path, as a GitHub Pages
 * project site is); anything outside the prefix is 404, so a link that leaves it is caught.
 * A missing file gets `dir/404.html` when there is one, as static hosts do.
 */
export async function serve(dir: string, prefix = '/'): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) res.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(page));
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    if (!requested.startsWith(prefix)) {
      notFound();
      return;
    }
    const path = `/${requested.slice(prefix.length)}`;
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      notFound();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
