import { headers } from 'next/headers';

/**
 * Renders nothing, but reads the request: a route with it renders per request, and only then does
 * Next.js put the CSP nonce on its own scripts (the strict-CSP apps set a nonce-only policy). Place
 * it in a Suspense boundary of its own, so under `cacheComponents` the rest is still prerendered.
 * `headers()`, not Next 15's `connection()`, so Next 14 runs it too (there synchronous; `await` is harmless).
 */
export async function PerRequest() {
  await headers();
  return null;
}
