import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@flocktory-ssr/test-support/fresh-dist'],
    // Property tests run thousands of cases; on a busy 2-core machine they pass 5 s, never 30.
    testTimeout: 30_000,
    // Type tests (*.test-d.ts) are compiled by tsc; an unused @ts-expect-error fails the run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
