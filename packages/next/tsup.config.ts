import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// The App Router's page view is a client component: it stays a file of its own with its
// 'use client' directive on top (tsup keeps it), which app.tsx imports as an external file, so RSC
// bundlers turn it into a client reference. It is not in `exports`.
function externalClientFile(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'external-client-file',
    setup(build) {
      build.onResolve({ filter: /^\.\/route-page-view$/ }, (args) => ({ path: `${args.path}${extension}`, external: true }));
    },
  };
}

const shared: Options = { dts: true, target: 'es2020', platform: 'neutral', external: ['react', 'next', '@flocktory-ssr/react'] };

export default defineConfig([
  { ...shared, entry: ['src/index.ts', 'src/app.tsx'], format: ['esm'], esbuildPlugins: [externalClientFile('.js')] },
  { ...shared, entry: ['src/index.ts', 'src/app.tsx'], format: ['cjs'], esbuildPlugins: [externalClientFile('.cjs')] },
  { ...shared, entry: ['src/route-page-view.tsx'], format: ['esm', 'cjs'] },
]);
