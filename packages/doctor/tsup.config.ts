import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS (CJS loads parse5, which is ESM only, through Node's require(esm): Node ≥ 20.19).
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'node',
  },
  {
    // The command: ESM only, never imported.
    entry: ['src/cli.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'node',
  },
]);
