import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@flocktory-ssr/test-support/fresh-dist'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
