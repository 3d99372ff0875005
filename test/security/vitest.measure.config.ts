import { defineConfig } from 'vitest/config';

// Measurements, not tests: run on demand (`pnpm run measure`), never in `pnpm test`.
export default defineConfig({ test: { include: ['measure/**/*.measure.ts'], testTimeout: 1_800_000 } });
