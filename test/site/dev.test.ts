/**
 * `npm run dev` as an Astro user runs it: the script starts (on the pinned Node, from
 * node_modules/.bin), serves an article and an entity page, and picks up a content change
 * on the next request. Bounded: the server is stopped after the test, by its process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, repo, scriptEnv } from '../helpers/project.ts';

let server: ChildProcess | undefined;
let output = '';
afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** GET a page, waiting for the dev server to come up (at most `ms`). */
async function get(url: string, ms = 120_000): Promise<{ status: number; text: string }> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      return { status: r.status, text: await r.text() };
    } catch (error) {
      if (Date.now() > until || server?.exitCode !== null) throw new Error(`${url}: ${(error as Error).message}\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

describe('npm run dev', () => {
  // Bounded by its own timeout: a cold dev server on a loaded 2-core machine takes a while to start.
  it('serves article and entity pages and picks up content changes', { timeout: 300_000 }, async () => {
    const root = makeProject({ seeds: readdirSync(join(repo, 'seeds')).map((f) => join(repo, 'seeds', f)), content: true, site: true });
    const port = await freePort();
    // As a user's shell runs it: without the test runner's own settings (with VITEST set, astro dev serves 404s).
    const env = Object.fromEntries(Object.entries(scriptEnv()).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
    server = spawn('npm', ['run', 'dev', '--', '--port', String(port)], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const base = `http://127.0.0.1:${port}`;

    const article = await get(`${base}/articles/2025-04-28-bu-fen-guo-chan-xin-pian-xian-zhi/`);
    expect(article.status).toBe(200);
    expect(article.text).toContain('部分国产芯片闲置率高达80%');
    const entity = await get(`${base}/entities/nvidia/`);
    expect(entity.status).toBe(200);
    expect(entity.text).toContain('英伟达');

    // An edit to the registry shows once the server has seen the file change (it also reloads open pages), with no restart.
    const file = join(root, 'content/entities/nvidia.yaml');
    const marker = '开发模式下的修改已生效';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^description: .*$/m, `description: ${marker}`));
    let shown = false;
    for (const until = Date.now() + 60_000; !shown && Date.now() < until; ) {
      shown = (await get(`${base}/entities/nvidia/`)).text.includes(marker);
      if (!shown) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(shown).toBe(true);
    // The pinned Node runs it (Astro refuses the system's Node 20).
    expect(output).not.toMatch(/Node\.js v20|unsupported/i);
  });
});
