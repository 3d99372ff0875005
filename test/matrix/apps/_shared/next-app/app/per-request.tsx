import { connection } from 'next/server';

/**
 * Renders nothing, but waits for a request: a route with it renders per request, and only then does
 * Next.js put the CSP nonce on its own scripts (next-16's proxy sets a nonce-only policy). Place it
 * in a Suspense boundary of its own, so under `cacheComponents` the rest is still prerendered.
 */
export async function PerRequest() {
  await connection();
  return null;
}
