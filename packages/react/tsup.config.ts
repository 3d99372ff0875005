import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// The client modules must stay files of their own with their 'use client' directive on top (tsup
// keeps it): RSC bundlers turn such a file into a client reference. So the server entries import them
// as external files. The three scripts are not in `exports`: only our server components render them;
// the hook and the page-view component are re-exported by the entry.
const CLIENT_MODULES = ['postcheckout-script', 'loader-script', 'update-cart-script', 'use-flocktory-cart', 'page-view'];
const CLIENT_FILES = [
  'src/postcheckout-script.tsx',
  'src/loader-script.tsx',
  'src/update-cart-script.tsx',
  'src/use-flocktory-cart.ts',
  'src/page-view.tsx',
];
// The server components are files of their own too, which the entries re-export: an RSC bundler that
// drops a side-effect-free package's unused files (Turbopack) then ships a route only the client code
// of the components it imports. Bundled into one entry file, any component brought every client module.
const SERVER_MODULES = ['postcheckout', 'update-cart', 'loader', 'markers'];
const SERVER_FILES = SERVER_MODULES.map((name) => `src/${name}.tsx`);
// The main entry re-exports the adapter entry's file rather than a copy of it: one instance of each
// component whichever entry an app imports.
const EXTERNAL_IMPORT = new RegExp(`^\\./(?:${[...CLIENT_MODULES, ...SERVER_MODULES, 'adapter'].join('|')})$`);

function externalFiles(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'external-files',
    setup(build) {
      build.onResolve({ filter: EXTERNAL_IMPORT }, (args) => ({
        path: `${args.path}${extension}`,
        external: true,
      }));
    },
  };
}

const shared: Options = { dts: true, target: 'es2020', platform: 'neutral', external: ['react', '@flocktory-ssr/core'] };

// One config per entry: a .d.ts of its own each (no shared declaration chunk for .d.ts and .d.cts).
export default defineConfig([
  ...['src/index.ts', 'src/adapter.ts'].flatMap((entry): Options[] => [
    { ...shared, entry: [entry], format: ['esm'], esbuildPlugins: [externalFiles('.js')] },
    { ...shared, entry: [entry], format: ['cjs'], esbuildPlugins: [externalFiles('.cjs')] },
  ]),
  { ...shared, entry: CLIENT_FILES, format: ['esm', 'cjs'] },
  ...(['.js', '.cjs'] as const).map(
    (extension): Options => ({
      ...shared,
      entry: SERVER_FILES,
      dts: false,
      format: [extension === '.js' ? 'esm' : 'cjs'],
      esbuildPlugins: [externalFiles(extension)],
    }),
  ),
]);
