import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test compiles a consumer program or spawns Node: allow for a loaded machine.
    testTimeout: 180_000,
  },
});
