import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@flocktory-ssr/test-support/fresh-dist'],
    // Each file builds a Nuxt 3 fixture app: one at a time, with room for the build.
    fileParallelism: false,
    hookTimeout: 300_000,
    testTimeout: 30_000,
  },
});
