import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@flocktory-ssr/test-support/fresh-dist'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser at a time on a 2-core machine; files run one after another.
    fileParallelism: false,
  },
});
