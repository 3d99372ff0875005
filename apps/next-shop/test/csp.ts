/** The nonce Next.js and the page use: the `'nonce-…'` source of `script-src`. */
export function cspNonce(header: string | null): string | undefined {
  return /script-src[^;]*'nonce-([A-Za-z0-9+/_=-]+)'/.exec(header ?? '')?.[1];
}
