import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build-level tests share one build of the real corpus (see test/setup/build.ts).
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // 2-core machines: keep the process count small, builds are heavy.
    maxWorkers: 2,
  },
});
