import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: {
    index: 'src/index.ts',
    loader: 'src/loader.ts',
    client: 'src/client.ts',
    'csp-hash': 'src/csp-hash.ts',
    mappers: 'src/mappers/index.ts',
    bridge: 'src/bridge/index.ts',
    markup: 'src/markup.ts',
  },
  // Shared chunks in CJS too: `@flocktory-ssr/core/loader` must throw the same FlocktoryValidationError class.
  splitting: true,
  dts: true,
  target: 'es2020',
  platform: 'neutral',
};

export default defineConfig([
  // ESM keeps `import.meta.env.DEV` for Vite to replace (resolveMode's development signal).
  { ...shared, format: ['esm'] },
  // CommonJS has no `import.meta`: Vite never bundles it, so that signal is simply absent.
  { ...shared, format: ['cjs'], define: { 'import.meta.env.DEV': 'undefined' } },
]);
