/**
 * App Router (React Server Components) only. `nonce="auto"` takes the CSP nonce from the request
 * the way Next.js does for its own scripts. Reading request headers makes the route dynamic, so
 * it happens only when asked for: with `nonce="auto"` or by calling `getNonce()`. With
 * `cacheComponents` that read sits in its own Suspense boundary, so the rest of the route is still prerendered
 * and the script streams in with the request's nonce.
 *
 * Each component is a file of its own in dist, re-exported here: Next ships the client code of every
 * 'use client' module a route's server graph imports, and Turbopack leaves out the modules of this
 * side-effect-free package that a route does not use, so a page pays only for the components it
 * imports.
 */
export { nonceFromCsp, nonceFromHeaders } from './nonce';
// Everything else `@flocktory-ssr/react` exports (the core's values and types included), from its
// entry without the loader and page view: the components below take the place of those two (and
// of the postcheckout and cart script, which they wrap).
export * from '@flocktory-ssr/react/adapter';
// Types only: nothing of those two modules is imported at run time.
export type { FlocktoryLoaderProps, FlocktoryPageViewProps } from '@flocktory-ssr/react';
export { getNonce } from './app/get-nonce';
export { FlocktoryPostcheckout, type AppPostcheckoutProps } from './app/postcheckout';
export { FlocktoryLoader, type AppLoaderProps } from './app/loader';
export { FlocktoryUpdateCart, type AppUpdateCartProps } from './app/update-cart';
export { FlocktoryPageView, type AppPageViewProps } from './app/page-view';
