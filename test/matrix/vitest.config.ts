import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    // One app at a time: builds take both cores of a shared 2-core machine.
    fileParallelism: false,
    // Every step sets its own bounded timeout.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
