import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    loader: 'src/loader.ts',
    client: 'src/client.ts',
    'csp-hash': 'src/csp-hash.ts',
    mappers: 'src/mappers/index.ts',
    bridge: 'src/bridge/index.ts',
  },
  // Shared chunks in CJS too: `@flocktory-ssr/core/loader` must throw the same FlocktoryValidationError class.
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  platform: 'neutral',
});
