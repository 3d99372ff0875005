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
  FlocktoryLoader as Loader,
  FlocktoryPostcheckout as Postcheckout,
  type FlocktoryLoaderProps,
  type FlocktoryPostcheckoutProps,
} from '@flocktory-ssr/react';
import { nonceFromHeaders } from './nonce';

export { nonceFromCsp, nonceFromHeaders } from './nonce';
// Everything else `@flocktory-ssr/react` exports (the core's values and types included); the two
// components below take the place of its own.
export * from '@flocktory-ssr/react';

/** The nonce of this request's `Content-Security-Policy` header (set by your proxy/middleware). */
export async function getNonce(): Promise<string | undefined> {
  // `await` also works with Next 14, where headers() was synchronous.
  return nonceFromHeaders(await headers());
}

/** `nonce`: `'auto'` reads it from the request; any other string is used as is; absent: no nonce. */
export type AppPostcheckoutProps = FlocktoryPostcheckoutProps;
export type AppLoaderProps = FlocktoryLoaderProps;

export function FlocktoryPostcheckout(props: AppPostcheckoutProps) {
  if (props.nonce !== 'auto') return <Postcheckout {...props} />;
  return (
    <Suspense fallback={null}>
      <PostcheckoutWithRequestNonce {...props} />
    </Suspense>
  );
}

export function FlocktoryLoader(props: AppLoaderProps) {
  if (props.nonce !== 'auto') return <Loader {...props} />;
  return (
    <Suspense fallback={null}>
      <LoaderWithRequestNonce {...props} />
    </Suspense>
  );
}

async function PostcheckoutWithRequestNonce(props: AppPostcheckoutProps) {
  return <Postcheckout {...props} nonce={await getNonce()} />;
}

async function LoaderWithRequestNonce(props: AppLoaderProps) {
  return <Loader {...props} nonce={await getNonce()} />;
}
