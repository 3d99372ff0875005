/**
 * Whether `nonce="auto"` reads the request inside a Suspense boundary of its own.
 *
 * Next.js writes `process.env.__NEXT_CACHE_COMPONENTS` into every module it bundles (next.config's
 * `cacheComponents`, Next 16). With it on, a route is prerendered and a request read outside a
 * boundary fails `next build`, so the read gets a boundary. With it off, the boundary buys nothing
 * and costs: on a large page React had not finished a boundary holding a client component (our
 * postcheckout's) when it sent the page's shell, so the script came last, as a streamed segment (a
 * hidden `<div>` and React's inline script that moves it: ~1.2 KB more HTML, one more flush).
 * Anything else (an older Next.js, another bundler, tests without it): the boundary, as before.
 */
export function readsInBoundary(): boolean {
  return typeof process === 'undefined' || String(process.env.__NEXT_CACHE_COMPONENTS) !== 'false';
}
