import { Suspense, type ComponentType, type ReactElement } from 'react';
import { getNonce } from './get-nonce';
import { readsInBoundary } from './request-read-boundary';

/**
 * `Component` taking `nonce="auto"` as the request's nonce. Reading request headers makes the route
 * dynamic, so it happens only then; with `cacheComponents` in a Suspense boundary of its own, so the
 * rest of the route is still prerendered and the script streams in with the request's nonce.
 */
export function withRequestNonce<P extends { nonce?: string | null | undefined }>(Component: ComponentType<P>): (props: P) => ReactElement {
  async function WithRequestNonce(props: P) {
    return <Component {...props} nonce={await getNonce()} />;
  }
  return function WithNonce(props: P) {
    if (props.nonce !== 'auto') return <Component {...props} />;
    const read = <WithRequestNonce {...props} />;
    return readsInBoundary() ? <Suspense fallback={null}>{read}</Suspense> : read;
  };
}
