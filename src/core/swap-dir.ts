/**
 * Replace a directory all at once: the new tree is made beside it
 * (`.<name>.next-PID`), then swapped in by two renames. A run killed before the
 * swap leaves the old directory as it was; one killed between the two renames
 * (the new tree complete, the old moved aside) leaves no directory for an
 * instant, which the next run's `recoverDir` completes. It then removes every
 * leftover of dead runs. Node has no atomic exchange (renameat2), hence two
 * renames and a recovery rather than one call.
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const LEFTOVER = (name: string) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(next|old)-(\\d+)$`);

/** Whether process `pid` runs (ours counts): its temporary files are not leftovers yet. */
export function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Finish or undo what a killed swap of `dir` left, and remove its temporary
 * trees. Returns the leftovers it removed or restored (paths). Trees of a run
 * still alive are left alone.
 */
export function recoverDir(dir: string): string[] {
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  const pattern = LEFTOVER(basename(dir));
  const found = readdirSync(parent)
    .map((name) => ({ name, m: pattern.exec(name) }))
    .filter((e): e is { name: string; m: RegExpExecArray } => e.m !== null && !alive(Number(e.m[2])));
  const done: string[] = [];
  // Killed between the renames: the old tree is aside, so the new one is complete; roll forward.
  for (const { name, m } of found) {
    if (m[1] !== 'old' || existsSync(dir)) continue;
    const next = join(parent, `.${basename(dir)}.next-${m[2]}`);
    if (existsSync(next)) {
      renameSync(next, dir);
      done.push(next);
    } else {
      renameSync(join(parent, name), dir);
      done.push(join(parent, name));
    }
  }
  for (const { name } of found) {
    const path = join(parent, name);
    if (existsSync(path)) {
      rmSync(path, { recursive: true, force: true });
      done.push(path);
    }
  }
  return done;
}

/** Hard-link (or copy, across devices) every file of `from` into the empty `to`, recursively. */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target);
      linkTree(source, target);
    } else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** The path where a new tree for `dir` is made by this process. */
export function stagingDir(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.next-${process.pid}`);
}

/**
 * Make the new tree with `fill(staging)` (given, when `keep`, a copy of the
 * current tree to add to), then swap it in. If `fill` throws, the staging tree
 * is removed and `dir` is untouched.
 */
export function replaceDir(dir: string, fill: (staging: string) => void, options: { keep?: boolean } = {}): void {
  const staging = stagingDir(dir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  try {
    mkdirSync(staging);
    if (options.keep && existsSync(dir)) linkTree(dir, staging);
    fill(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  swapIn(staging, dir);
}

/** Swap the complete tree `staging` in as `dir`; the old `dir` is removed. */
export function swapIn(staging: string, dir: string): void {
  if (!existsSync(dir)) {
    renameSync(staging, dir);
    return;
  }
  const old = join(dirname(dir), `.${basename(dir)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
}
