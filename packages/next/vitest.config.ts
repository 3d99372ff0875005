import { defineConfig } from 'vitest/config';

// fresh-dist-own: the client-modules test reads this package's own dist/.
export default defineConfig({
  test: { include: ['test/**/*.test.{ts,tsx}'], globalSetup: ['@flocktory-ssr/test-support/fresh-dist-own'], environment: 'node' },
});
