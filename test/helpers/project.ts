/** Temporary copies of the project for tests that ingest or build. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const repo = join(import.meta.dirname, '../..');

/**
 * A fresh temporary folder, inside the test run's own folder (made and removed
 * by test/setup/build.ts) so a run leaves nothing behind.
 */
export const tempDir = (prefix: string) => mkdtempSync(join(process.env.KAOZHENG_TEST_TMP ?? tmpdir(), prefix));
export const fixture = (...parts: string[]) => join(repo, 'test/fixtures', ...parts);

/**
 * A fresh project folder. `seeds` are files copied into `seeds/`; `site` also
 * copies what `astro build` needs (src, public, config) and links node_modules.
 */
export function makeProject(options: { seeds: string[]; content?: boolean; site?: boolean }): string {
  const root = tempDir('kaozheng-');
  mkdirSync(join(root, 'seeds'));
  for (const seed of options.seeds) cpSync(seed, join(root, 'seeds', seed.split('/').pop()!));
  if (options.content) cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  if (options.site) {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(repo, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  }
  return root;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of npm scripts (the pinned Node first on PATH), with `extra` settings such as KAOZHENG_BASE. */
export const scriptEnv = (extra: Record<string, string> = {}) => ({ ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1', FORCE_COLOR: '0', ...extra });
const env = scriptEnv;

/** `npm run ingest` for the project at `root`. */
export function runIngest(root: string): Run {
  const r = spawnSync(process.execPath, [join(repo, 'src/cli/ingest.ts'), root], { cwd: root, encoding: 'utf8', env: env() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `npm run build` for the project at `root` (src/cli/build.ts: ingest, astro build, the search index, swapped into dist/); `settings` are extra environment (KAOZHENG_BASE …). */
export function runBuild(root: string, settings: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [join(repo, 'src/cli/build.ts'), root], { cwd: root, encoding: 'utf8', env: env(settings) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file below `dir` with its bytes, keyed by path relative to `dir`. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return files;
}
