import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@flocktory-ssr/test-support/fresh-dist'],
    // The property run is split in two files: use both cores of the CI machine.
    maxWorkers: 2,
    testTimeout: 1_500_000,
    hookTimeout: 300_000,
  },
});
