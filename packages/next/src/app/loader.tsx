import { Suspense } from 'react';
import { buildLoader } from '@flocktory-ssr/react/adapter';
import type { FlocktoryLoaderProps } from '@flocktory-ssr/react';
import { getNonce } from './get-nonce';
import { readsInBoundary } from './request-read-boundary';

/** `nonce`: `'auto'` reads it from the request; any other string is used as is; absent: no nonce. */
export type AppLoaderProps = FlocktoryLoaderProps;

/**
 * A Server Component with no client part, unlike `@flocktory-ssr/react`'s: every App Router renders
 * with React 19's resources (Next 14 with its own bundled React canary, which has them too). An
 * `<script async src>` is hoisted into `<head>` in server HTML, kept once per `src`, and when it first
 * mounts after client-side navigation React inserts it into `<head>` itself, where the browser runs
 * it. React 18, which never runs a script it creates, needs the react package's client part instead.
 * Without `nonce="auto"` it returns the element itself: no component of its own on every page.
 */
export function FlocktoryLoader(props: AppLoaderProps) {
  if (props.nonce !== 'auto') return loaderScript(props);
  const read = <LoaderWithRequestNonce {...props} />;
  return readsInBoundary() ? <Suspense fallback={null}>{read}</Suspense> : read;
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
