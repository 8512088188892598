/**
 * astro build cut into phases for `npm run bench`: vite (bundling and start),
 * then the corpus steps from the build's timing lines (read, link, check,
 * render), then pages (writing them, up to the exit). Each phase's peak is the
 * highest memory sample of the process tree inside its window.
 */
import type { Measurement } from './measure.ts';
import { TIMING_LINE } from '../pipeline/timing.ts';

export interface Phase {
  wall_s: number;
  peak_rss_mb: number;
}

export function buildPhases(m: Pick<Measurement, 'stdout' | 'started' | 'ended' | 'samples'>): Record<string, Phase> {
  const marks = [...m.stdout.matchAll(TIMING_LINE)].map(([, name, start, end]) => ({ name: name!, start: Number(start), end: Number(end) }));
  const first = marks[0]?.start ?? m.ended;
  const last = marks.at(-1)?.end ?? m.ended;
  const windows = [{ name: 'vite', start: m.started, end: first }, ...marks, { name: 'pages', start: last, end: m.ended }];
  const out: Record<string, Phase> = {};
  for (const w of windows) {
    // A sample taken just after a phase ended still belongs to it (samples are 50 ms apart).
    const inside = m.samples.filter((s) => s.t >= w.start && s.t <= w.end + 50).map((s) => s.mb);
    out[w.name] = { wall_s: (w.end - w.start) / 1000, peak_rss_mb: Math.max(0, ...inside) };
  }
  return out;
}
