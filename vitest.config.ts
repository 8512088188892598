import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the core layers' tests without a build, in seconds;
// `site` (test/site/) shares one build of the real corpus (see test/setup/build.ts).
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // 2-core machines: keep the process count small, builds are heavy.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**'], globalSetup: ['test/setup/scratch.ts'] },
      },
      {
        extends: true,
        // Builds of temporary projects: generous bounds, since a loaded 2-core machine can take minutes.
        test: { name: 'site', include: ['test/site/**/*.test.ts'], globalSetup: ['test/setup/build.ts'], testTimeout: 600_000, hookTimeout: 600_000 },
      },
    ],
  },
});
