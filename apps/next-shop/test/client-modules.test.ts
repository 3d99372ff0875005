/**
 * What `next build` (Turbopack, the build this package's test script runs) ships each route: the
 * client modules of our packages in the route's client reference manifest. Next ships the browser
 * code of every 'use client' module a route's server graph imports, rendered or not; our components
 * are a file each, so a route gets only the client code of the components it imports (the layout's
 * page view on every route; the postcheckout's on the thank-you pages; the cart script's on the cart).
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const APP = new URL('../.next/server/app/', import.meta.url);

/** Our packages' client modules in the route's manifest, as `next/route-page-view.js`, `react/…`. */
function ourClientModules(route: string): string[] {
  const context: { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } = {};
  runInNewContext(readFileSync(new URL(`${route}/page_client-reference-manifest.js`, APP), 'utf8'), { globalThis: context });
  const modules = Object.values(context.__RSC_MANIFEST ?? {}).flatMap((manifest) => Object.keys(manifest.clientModules));
  const ours = modules.flatMap((path) => /packages\/(next|react)\/dist\/(.+)$/.exec(path)?.slice(1, 3).join('/') ?? []);
  return [...new Set(ours)].sort();
}

describe('the client code next build ships each route', () => {
  it.each([
    ['.', ['next/route-page-view.js']],
    ['product/[id]', ['next/route-page-view.js']],
    ['checkout', ['next/route-page-view.js']],
    ['thank-you/[orderId]', ['next/route-page-view.js', 'react/postcheckout-script.js']],
    ['cart', ['next/route-page-view.js', 'react/update-cart-script.js']],
  ])('%s: %j', (route, expected) => {
    expect(ourClientModules(route)).toEqual(expected);
  });
});
