/**
 * One wrapper times every stage. Inside `astro build` the timings are printed
 * when KAOZHENG_TIMINGS is set, as `kaozheng-timing <stage> <start> <end>`
 * (epoch ms), so `npm run bench` can attribute its memory samples to stages.
 */
export const STAGES = ['read', 'verify', 'link', 'check', 'review', 'publish'] as const;
export type Stage = (typeof STAGES)[number];

export interface Timing {
  stage: Stage;
  start: number;
  end: number;
}

export const TIMING_LINE = /^kaozheng-timing (\S+) (\d+) (\d+)$/gm;

/** Run `stage`, recording when it ran into `timings`. */
export function timed<T>(timings: Timing[], stage: Stage, run: () => T): T {
  const start = Date.now();
  const result = run();
  timings.push({ stage, start, end: Date.now() });
  return result;
}

export function logTimings(timings: readonly Timing[]): void {
  if (!process.env.KAOZHENG_TIMINGS) return;
  for (const t of timings) console.log(`kaozheng-timing ${t.stage} ${t.start} ${t.end}`);
}
