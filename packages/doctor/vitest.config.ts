import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // fresh-dist-own: the CLI tests run this package's own dist/cli.js.
    globalSetup: ['@flocktory-ssr/test-support/fresh-dist-own'],
    testTimeout: 20_000,
  },
});
