import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// The client component must stay its own file with its 'use client' directive on top (tsup keeps it
// there): that directive is what RSC bundlers (Next.js, React's Flight) turn into a client reference.
// So the server entry imports that file as an external instead of bundling its code in.
function externalEffect(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'external-postcheckout-script',
    setup(build) {
      build.onResolve({ filter: /^\.\/postcheckout-script$/ }, () => ({
        path: `./postcheckout-script${extension}`,
        external: true,
      }));
    },
  };
}

const shared: Options = { dts: true, target: 'es2020', platform: 'neutral', external: ['react', '@flocktory-ssr/core'] };

export default defineConfig([
  { ...shared, entry: ['src/index.ts'], format: ['esm'], esbuildPlugins: [externalEffect('.js')] },
  { ...shared, entry: ['src/index.ts'], format: ['cjs'], esbuildPlugins: [externalEffect('.cjs')] },
  { ...shared, entry: ['src/postcheckout-script.tsx'], format: ['esm', 'cjs'] },
]);
