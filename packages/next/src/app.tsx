/**
 * App Router (React Server Components) only. `nonce="auto"` takes the CSP nonce from the request
 * the way Next.js does for its own scripts. Reading request headers makes the route dynamic, so
 * it happens only when asked for: with `nonce="auto"` or by calling `getNonce()`. That read sits in
 * its own Suspense boundary, so with `cacheComponents` the rest of the route is still prerendered
 * and the script streams in with the request's nonce.
 */
import { Suspense } from 'react';
// The file, not the bare subpath: `next` has no `exports` map, so Node's ESM loader (a test runner,
// an externalized server bundle) finds only `next/headers.js`; bundlers resolve both alike.
import { headers } from 'next/headers.js';
import {
  buildLoader,
  FlocktoryPostcheckout as Postcheckout,
  FlocktoryUpdateCart as UpdateCart,
  type FlocktoryMarkerOptions,
  type FlocktoryPostcheckoutProps,
  type FlocktoryUpdateCartProps,
} from '@flocktory-ssr/react/adapter';
import type { FlocktoryLoaderProps } from '@flocktory-ssr/react';
import { nonceFromHeaders } from './nonce';
import { FlocktoryRoutePageView } from './route-page-view';

export { nonceFromCsp, nonceFromHeaders } from './nonce';
// Everything else `@flocktory-ssr/react` exports (the core's values and types included), from its
// entry without the loader and page view: Next ships the client code of every 'use client' module
// the server graph imports, and the components below take the place of those two.
export * from '@flocktory-ssr/react/adapter';
// Types only: nothing of those two modules is imported at run time.
export type { FlocktoryLoaderProps, FlocktoryPageViewProps } from '@flocktory-ssr/react';

/** The nonce of this request's `Content-Security-Policy` header (set by your proxy/middleware). */
export async function getNonce(): Promise<string | undefined> {
  // `await` also works with Next 14, where headers() was synchronous.
  return nonceFromHeaders(await headers());
}

/** `nonce`: `'auto'` reads it from the request; any other string is used as is; absent: no nonce. */
export type AppPostcheckoutProps = FlocktoryPostcheckoutProps;
export type AppLoaderProps = FlocktoryLoaderProps;
export type AppUpdateCartProps = FlocktoryUpdateCartProps;
/** Accepted like every component's; nothing here is validated or thrown. */
export type AppPageViewProps = FlocktoryMarkerOptions;

export function FlocktoryPostcheckout(props: AppPostcheckoutProps) {
  if (props.nonce !== 'auto') return <Postcheckout {...props} />;
  return (
    <Suspense fallback={null}>
      <PostcheckoutWithRequestNonce {...props} />
    </Suspense>
  );
}

/**
 * A Server Component with no client part, unlike `@flocktory-ssr/react`'s: every App Router renders
 * with React 19's resources (Next 14 with its own bundled React canary, which has them too). An
 * `<script async src>` is hoisted into `<head>` in server HTML, kept once per `src`, and when it first
 * mounts after client-side navigation React inserts it into `<head>` itself, where the browser runs
 * it. React 18, which never runs a script it creates, needs the react package's client part instead.
 */
export function FlocktoryLoader(props: AppLoaderProps) {
  if (props.nonce !== 'auto') return loaderScript(props);
  return (
    <Suspense fallback={null}>
      <LoaderWithRequestNonce {...props} />
    </Suspense>
  );
}

export function FlocktoryUpdateCart(props: AppUpdateCartProps) {
  if (props.nonce !== 'auto') return <UpdateCart {...props} />;
  return (
    <Suspense fallback={null}>
      <UpdateCartWithRequestNonce {...props} />
    </Suspense>
  );
}

/**
 * Place once in the root layout: after each client-side navigation it has Flocktory's loader read
 * the new page's markers (`window.flocktory.reInit()`), keyed by the path and query. It reads
 * `useSearchParams()`, so it sits in a Suspense boundary of its own: a static route stays static
 * (only this empty component renders on the client).
 */
export function FlocktoryPageView(_props: AppPageViewProps) {
  return (
    <Suspense fallback={null}>
      <FlocktoryRoutePageView />
    </Suspense>
  );
}

async function PostcheckoutWithRequestNonce(props: AppPostcheckoutProps) {
  return <Postcheckout {...props} nonce={await getNonce()} />;
}

async function LoaderWithRequestNonce(props: AppLoaderProps) {
  return loaderScript({ ...props, nonce: await getNonce() });
}

/** Validated and reported as `@flocktory-ssr/react`'s loader is (`buildLoader`); null when unusable. */
function loaderScript({ siteId, src, nonce, mode, onError }: AppLoaderProps) {
  const loader = buildLoader({ siteId, src, nonce, mode, onError });
  if (!loader) return null;
  return <script async src={loader.src} nonce={loader.nonce} />;
}

async function UpdateCartWithRequestNonce(props: AppUpdateCartProps) {
  return <UpdateCart {...props} nonce={await getNonce()} />;
}
