import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2020',
  platform: 'neutral',
  // Rollup pass over the bundle: one import statement per package instead of one per source
  // file (esbuild keeps each file's `import … from 'vue'`), which re-bundlers cannot merge.
  treeshake: true,
  external: ['vue', '@flocktory-ssr/core', '@flocktory-ssr/core/client', '@flocktory-ssr/core/markup'],
};

// Two builds of one source, told apart by a define rather than by two entry files: every component
// stays defined once, and the browser build drops each `ssrRender` where it is written. Only a server
// render calls `ssrRender`; without it Vue's server renderer runs the render function, more slowly,
// to the same HTML (bytes differ only where a parser reads the same, and a scoped parent's id gets
// onto the element). So a server that resolves the `browser` condition (some edge presets add it)
// still renders correctly: vitest.config.ts runs the suites on dist/browser too.
export default defineConfig([
  // The default (node, edge, test runners): with the server render. Its types serve both builds.
  // Cleans dist/ but the browser build's directory, which that build cleans (they run at once).
  { ...shared, dts: true, clean: ['!browser/**'], define: { __FLOCKTORY_SERVER__: 'true' } },
  // The `browser` export condition (Vite's and webpack's client builds): what a browser pays.
  { ...shared, outDir: 'dist/browser', clean: true, define: { __FLOCKTORY_SERVER__: 'false' } },
]);
