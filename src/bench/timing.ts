/**
 * Phase timings inside `astro build`, for `npm run bench`: printed only when
 * KAOZHENG_TIMINGS is set, as `kaozheng-timing <phase> <start> <end>` (epoch ms),
 * so the benchmark can attribute its memory samples to phases.
 */
export const TIMING_LINE = /^kaozheng-timing (\S+) (\d+) (\d+)$/gm;

export function logTiming(phase: string, start: number, end: number): void {
  if (process.env.KAOZHENG_TIMINGS) console.log(`kaozheng-timing ${phase} ${start} ${end}`);
}
