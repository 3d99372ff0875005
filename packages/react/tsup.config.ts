import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// The client modules must stay files of their own with their 'use client' directive on top (tsup
// keeps it): RSC bundlers turn such a file into a client reference. So the server entry imports them
// as external files. The two scripts are not in `exports`: only our server components render them;
// the hook and the page-view component are re-exported by the entry.
const CLIENT_MODULES = ['postcheckout-script', 'loader-script', 'update-cart-script', 'use-flocktory-cart', 'page-view'];
const CLIENT_FILES = [
  'src/postcheckout-script.tsx',
  'src/loader-script.tsx',
  'src/update-cart-script.tsx',
  'src/use-flocktory-cart.ts',
  'src/page-view.tsx',
];
const CLIENT_IMPORT = new RegExp(`^\\./(?:${CLIENT_MODULES.join('|')})$`);

function externalClientFiles(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'external-client-files',
    setup(build) {
      build.onResolve({ filter: CLIENT_IMPORT }, (args) => ({
        path: `${args.path}${extension}`,
        external: true,
      }));
    },
  };
}

const shared: Options = { dts: true, target: 'es2020', platform: 'neutral', external: ['react', '@flocktory-ssr/core'] };

export default defineConfig([
  { ...shared, entry: ['src/index.ts'], format: ['esm'], esbuildPlugins: [externalClientFiles('.js')] },
  { ...shared, entry: ['src/index.ts'], format: ['cjs'], esbuildPlugins: [externalClientFiles('.cjs')] },
  { ...shared, entry: CLIENT_FILES, format: ['esm', 'cjs'] },
]);
