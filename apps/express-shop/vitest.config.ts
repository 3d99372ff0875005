import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.js'], globalSetup: ['@flocktory-ssr/test-support/fresh-dist'] } });
