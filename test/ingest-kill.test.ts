/**
 * All or nothing on disk: ingest killed at random moments leaves content/articles
 * as it was or wholly new (or, for the instant between the swap's two renames,
 * both trees aside for the next run to finish), and the next run leaves exactly
 * the new content and no temporary files. Kill moments are spread over one
 * run's writing phase (from its first change to content/), from a fixed seed.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/bench/generate.ts';
import { repo, runIngest, snapshot, tempDir } from './helpers/project.ts';

/** Run ingest and kill it `afterMs` after it first touches content/ (when it starts writing). */
function killedIngest(root: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const watchers = ['content', 'content/articles'].map((d) => watch(join(root, d), () => arm()));
    const child = spawn(process.execPath, [join(repo, 'src/cli/ingest.ts'), root], { cwd: root, stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
    };
    child.on('exit', () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      resolve();
    });
  });
}

describe('ingest killed at random moments', () => {
  it('leaves content/ as it was or wholly new, and the next run removes its leftovers', { timeout: 300_000 }, async () => {
    const corpus = generateCorpus(160, 80);
    const [first, second] = [...corpus.files];
    const root = tempDir('kaozheng-kill-');
    mkdirSync(join(root, 'seeds'));
    writeFileSync(join(root, 'seeds', first![0]), first![1]);
    expect(runIngest(root).status).toBe(0);
    const saved = join(root, '..', `${root.split('/').pop()}-old`);
    cpSync(join(root, 'content'), saved, { recursive: true });
    const before = snapshot(join(root, 'content'));

    writeFileSync(join(root, 'seeds', second![0]), second![1]);
    expect(runIngest(root).status).toBe(0);
    const after = snapshot(join(root, 'content'));
    expect(after.size).toBe(before.size + 80);

    let seed = 16;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const outcomes: string[] = [];
    for (let kill = 0; kill < 4; kill++) {
      rmSync(join(root, 'content'), { recursive: true });
      cpSync(saved, join(root, 'content'), { recursive: true });
      await killedIngest(root, Math.floor(300 * random() ** 2));

      const entries = readdirSync(join(root, 'content')).sort();
      const stray = entries.filter((e) => e !== 'articles');
      expect(stray.every((e) => /^\.articles\.(next|old)-\d+$/.test(e)), `content/ holds ${stray.join(', ')}`).toBe(true);
      if (existsSync(join(root, 'content/articles'))) {
        const now = snapshot(join(root, 'content/articles'));
        const prefixed = new Map([...now].map(([f, t]) => [`articles/${f}`, t]));
        const state = JSON.stringify([...prefixed]) === JSON.stringify([...before]) ? 'old' : JSON.stringify([...prefixed]) === JSON.stringify([...after]) ? 'new' : 'partial';
        expect(state, `content/articles after a kill is neither the old nor the new tree (${now.size} files)`).not.toBe('partial');
        outcomes.push(state);
      } else {
        // The instant between the two renames: both trees are aside, complete.
        expect(stray.some((e) => e.startsWith('.articles.old-')) && stray.some((e) => e.startsWith('.articles.next-'))).toBe(true);
        outcomes.push('between');
      }

      expect(runIngest(root).status).toBe(0);
      expect(snapshot(join(root, 'content'))).toEqual(after);
    }
    rmSync(saved, { recursive: true });
    expect(outcomes).toHaveLength(4);
  });

  it('removes *.mdx.tmp-PID files an older ingest left behind', () => {
    const corpus = generateCorpus(3, 3);
    const root = tempDir('kaozheng-tmp-');
    mkdirSync(join(root, 'seeds'));
    for (const [name, text] of corpus.files) writeFileSync(join(root, 'seeds', name), text);
    expect(runIngest(root).status).toBe(0);
    const clean = snapshot(join(root, 'content'));
    // 2 ** 22 + 1 is above Linux's pid_max default: no such process runs.
    writeFileSync(join(root, 'content/articles/x.mdx.tmp-4194305'), 'half');
    expect(runIngest(root).status).toBe(0);
    expect(snapshot(join(root, 'content'))).toEqual(clean);
  });
});
