/** The benchmark's phases inside astro build (src/bench/phases.ts): windows from timing lines, peaks from samples. */
import { describe, expect, it } from 'vitest';
import { buildPhases } from '../src/bench/phases.ts';

describe('buildPhases', () => {
  it('cuts the build at its timing lines and takes each window’s highest sample', () => {
    const stdout = ['building…', 'kaozheng-timing read 2000 2500', 'kaozheng-timing link 2500 2600', 'kaozheng-timing check 2600 3600', 'kaozheng-timing render 3600 4000', 'done'].join('\n');
    const samples = [
      { t: 1100, mb: 100 },
      { t: 1900, mb: 300 },
      { t: 2300, mb: 350 },
      { t: 3000, mb: 700 },
      { t: 3900, mb: 650 },
      { t: 5000, mb: 900 },
      { t: 6000, mb: 200 },
    ];
    const phases = buildPhases({ stdout, started: 1000, ended: 6000, samples });
    expect(Object.keys(phases)).toEqual(['vite', 'read', 'link', 'check', 'render', 'pages']);
    expect(phases.vite).toEqual({ wall_s: 1, peak_rss_mb: 300 });
    expect(phases.read).toEqual({ wall_s: 0.5, peak_rss_mb: 350 });
    expect(phases.check).toEqual({ wall_s: 1, peak_rss_mb: 700 });
    expect(phases.pages).toEqual({ wall_s: 2, peak_rss_mb: 900 });
    expect(Object.values(phases).reduce((s, p) => s + p.wall_s, 0)).toBeCloseTo(5);
  });

  it('is the whole build as one phase when it printed no timing lines', () => {
    expect(buildPhases({ stdout: '', started: 0, ended: 3000, samples: [{ t: 10, mb: 5 }] })).toEqual({ vite: { wall_s: 3, peak_rss_mb: 5 }, pages: { wall_s: 0, peak_rss_mb: 0 } });
  });
});
