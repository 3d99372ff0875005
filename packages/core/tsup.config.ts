import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/loader.ts', 'src/client.ts', 'src/csp-hash.ts'],
  // Shared chunks in CJS too: `@flocktory-ssr/core/loader` must throw the same FlocktoryValidationError class.
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  platform: 'neutral',
});
