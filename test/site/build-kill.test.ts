/**
 * All or nothing on disk, for the site: a build killed at random moments, or
 * refused, leaves dist/ as the last good build or the new one, never a site
 * without its search index or service worker; the next build removes what a
 * killed one left. Small synthetic corpus; kill moments from a fixed seed,
 * spread over one measured build.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate.ts';
import { recoverDir } from '../../src/core/swap-dir.ts';
import { makeProject, repo, runBuild, snapshot, tempDir } from '../helpers/project.ts';

/** Start npm run build (ingest, pages, index, swap) and kill its whole process group after `afterMs`. */
function killedBuild(root: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repo, 'src/cli/build.ts'), root], { cwd: root, stdio: 'ignore', detached: true });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already done.
      }
    }, afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      // Let the group's other processes go before the tree is inspected.
      setTimeout(resolve, 200);
    });
  });
}

const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([f, t]) => b.get(f) === t);
const leftovers = (root: string) => readdirSync(root).filter((n) => /^\.dist\.(next|old)-\d+$/.test(n));

describe('npm run build, killed or refused', () => {
  it('leaves the last good dist/ or the new one', { timeout: 600_000 }, async () => {
    const root = makeProject({ seeds: [], site: true });
    for (const dir of ['entities', 'metrics']) cpSync(join(repo, 'content', dir), join(root, 'content', dir), { recursive: true });
    for (const [name, text] of generateCorpus(8, 4).files) writeFileSync(join(root, 'seeds', name), text);
    const started = Date.now();
    expect(runBuild(root).status).toBe(0);
    const duration = Date.now() - started;
    const next = snapshot(join(root, 'dist'));
    expect(next.has('pagefind/pagefind.js') && next.has('sw.js') && next.has('index.html')).toBe(true);
    // The last good build: the new one and a mark, so the two are told apart.
    const saved = tempDir('kaozheng-dist-');
    cpSync(join(root, 'dist'), saved, { recursive: true });
    writeFileSync(join(saved, 'last-good.txt'), 'the build before\n');
    const old = snapshot(saved);

    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let kill = 0; kill < 3; kill++) {
      rmSync(join(root, 'dist'), { recursive: true });
      cpSync(saved, join(root, 'dist'), { recursive: true });
      await killedBuild(root, Math.round(duration * (0.1 + 0.9 * random())));
      if (existsSync(join(root, 'dist'))) {
        const now = snapshot(join(root, 'dist'));
        expect(same(now, old) || same(now, next), `dist/ after a kill is neither build (${now.size} files)`).toBe(true);
      } else {
        // The instant between the swap's two renames: both complete trees are aside.
        expect(leftovers(root).length).toBe(2);
      }
      // What the next build does first.
      recoverDir(join(root, 'dist'));
      expect(leftovers(root)).toEqual([]);
      const now = snapshot(join(root, 'dist'));
      expect(same(now, old) || same(now, next)).toBe(true);
    }

    // A refused build (a bad correction) keeps the last good site.
    rmSync(join(root, 'dist'), { recursive: true });
    cpSync(saved, join(root, 'dist'), { recursive: true });
    mkdirSync(join(root, 'content/corrections'));
    writeFileSync(join(root, 'content/corrections/bad.yaml'), 'claim: "nope"\n');
    const refused = runBuild(root);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/dist\/ was not changed/);
    expect(same(snapshot(join(root, 'dist')), old)).toBe(true);
    expect(leftovers(root)).toEqual([]);
  });
});
