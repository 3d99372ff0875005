// @vitest-environment node
/**
 * What `@flocktory-ssr/next/app` puts in an App Router's server graph, read from the BUILT packages
 * as a bundler follows them. Next ships the client code of every 'use client' module that graph
 * imports, rendered or not: importing react's loader or page view (shadowed here by this package's
 * own) would send their browser code to every page.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Format, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../..', import.meta.url));

const USE_CLIENT = /^(?:"use strict";\s*)?"use client";/;

/**
 * The 'use client' modules the server graph of `entry` imports, as paths under packages/
 * (`react/dist/…`). Like an RSC bundler, it stops at each: what a client module imports is the
 * client graph's, bundled (and tree-shaken) for the browser on its own.
 */
async function clientModulesOf(entry: string, format: Format): Promise<string[]> {
  const found = new Set<string>();
  const clientBoundary: Plugin = {
    name: 'client-boundary',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (resolved.external || !USE_CLIENT.test(readFileSync(resolved.path, 'utf8'))) return resolved;
        found.add(relative(packagesDir, resolved.path));
        return { path: resolved.path, external: true };
      });
    },
  };
  await build({
    entryPoints: [`next/dist/${entry}`],
    absWorkingDir: packagesDir,
    bundle: true,
    format,
    platform: 'node',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*'],
    plugins: [clientBoundary],
    write: false,
    logLevel: 'silent',
  });
  return [...found].sort();
}

describe('@flocktory-ssr/next/app in a server graph (built package)', () => {
  it.each([
    ['app.js', 'esm', 'js'],
    ['app.cjs', 'cjs', 'cjs'],
  ] as const)(
    '%s imports only the client modules it renders or re-exports: not react’s loader or page view',
    async (entry, format, extension) => {
      expect(await clientModulesOf(entry, format)).toEqual(
        [
          'next/dist/route-page-view', // its FlocktoryPageView
          'react/dist/postcheckout-script', // FlocktoryPostcheckout
          'react/dist/update-cart-script', // FlocktoryUpdateCart
          'react/dist/use-flocktory-cart', // useFlocktoryCart, re-exported
        ].map((file) => `${file}.${extension}`),
      );
    },
  );

  it('the main entry, which re-exports all of React’s, reaches both (what this guards against)', async () => {
    const modules = await clientModulesOf('index.js', 'esm');
    expect(modules).toContain('react/dist/loader-script.js');
    expect(modules).toContain('react/dist/page-view.js');
  });

  // Each component is a file of its own (apps/next-shop/test/client-modules.test.ts checks what
  // `next build` then ships each route); a bundler may leave a file out only because of this.
  it('both packages declare no side effects, so a route leaves out the files it does not use', () => {
    for (const pkg of ['next', 'react']) {
      expect(JSON.parse(readFileSync(`${packagesDir}${pkg}/package.json`, 'utf8')).sideEffects).toBe(false);
    }
  });
});
