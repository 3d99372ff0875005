// The file, not the bare subpath: `next` has no `exports` map, so Node's ESM loader (a test runner,
// an externalized server bundle) finds only `next/headers.js`; bundlers resolve both alike.
import { headers } from 'next/headers.js';
import { nonceFromHeaders } from '../nonce';

/** The nonce of this request's `Content-Security-Policy` header (set by your proxy/middleware). */
export async function getNonce(): Promise<string | undefined> {
  // `await` also works with Next 14, where headers() was synchronous.
  return nonceFromHeaders(await headers());
}
