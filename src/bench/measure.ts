/** Wall time and peak RSS of a child process and all its descendants (sampled from /proc). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
  wall_s: number;
  peak_rss_mb: number;
  /** Epoch ms at start and end, and the tree's RSS sampled every 50 ms. */
  started: number;
  ended: number;
  samples: { t: number; mb: number }[];
  status: number | null;
  stdout: string;
  stderr: string;
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function treeRssKb(root: number): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Gone already.
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; discardStdout?: boolean }): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const startedAt = Date.now();
    const samples: { t: number; mb: number }[] = [];
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (!options.discardStdout) stdout += d;
    });
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const kb = treeRssKb(child.pid);
      samples.push({ t: Date.now(), mb: kb / 1024 });
      peak = Math.max(peak, kb);
    }, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ wall_s: (performance.now() - started) / 1000, peak_rss_mb: peak / 1024, started: startedAt, ended: Date.now(), samples, status, stdout, stderr });
    });
  });
}
