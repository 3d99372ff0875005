import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// Every module of ours is a file of its own in dist, importing the others as files:
// - the App Router's page view is a client component: its file keeps the 'use client' directive on
//   top (tsup keeps it), so RSC bundlers turn it into a client reference; it is not in `exports`;
// - next/app's components are one file each, which app.js re-exports: Turbopack leaves out the files
//   of this side-effect-free package that a route does not use, with the client modules they import.
const MODULES = {
  index: 'src/index.ts',
  app: 'src/app.tsx',
  nonce: 'src/nonce.ts',
  'route-page-view': 'src/route-page-view.tsx',
  'app/get-nonce': 'src/app/get-nonce.ts',
  'app/with-request-nonce': 'src/app/with-request-nonce.tsx',
  'app/request-read-boundary': 'src/app/request-read-boundary.ts',
  'app/postcheckout': 'src/app/postcheckout.tsx',
  'app/loader': 'src/app/loader.tsx',
  'app/update-cart': 'src/app/update-cart.tsx',
  'app/page-view': 'src/app/page-view.tsx',
};
// The public entries, whose .d.ts the exports map names (each bundled whole, so the other files need none).
const TYPED = ['index', 'app'];

function localFilesExternal(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'local-files-external',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) =>
        args.kind === 'entry-point' ? undefined : { path: `${args.path}${extension}`, external: true },
      );
    },
  };
}

const shared: Options = { target: 'es2020', platform: 'neutral', external: ['react', 'next', '@flocktory-ssr/react'] };
const pick = (names: string[]) => Object.fromEntries(names.map((name) => [name, MODULES[name as keyof typeof MODULES]]));
const untyped = Object.keys(MODULES).filter((name) => !TYPED.includes(name));

export default defineConfig(
  (['esm', 'cjs'] as const).flatMap((format): Options[] => {
    const plugins = [localFilesExternal(format === 'esm' ? '.js' : '.cjs')];
    return [
      { ...shared, entry: pick(TYPED), format: [format], dts: true, esbuildPlugins: plugins },
      { ...shared, entry: pick(untyped), format: [format], dts: false, esbuildPlugins: plugins },
    ];
  }),
);
