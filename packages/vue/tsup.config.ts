import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  platform: 'neutral',
  // Rollup pass over the bundle: one import statement per package instead of one per source
  // file (esbuild keeps each file's `import … from 'vue'`), which re-bundlers cannot merge.
  treeshake: true,
  external: ['vue', '@flocktory-ssr/core', '@flocktory-ssr/core/client', '@flocktory-ssr/core/markup'],
});
