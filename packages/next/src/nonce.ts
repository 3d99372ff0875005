// The same rule Next.js uses for its own scripts (server/app-render/get-script-nonce-from-header):
// the first valid `'nonce-…'` source of `script-src`, else of `default-src`.
const NONCE_SOURCE = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/;

/** The script nonce in a `Content-Security-Policy` header value, as Next.js reads it. */
export function nonceFromCsp(header: string | null | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const directives = header.split(';').map((directive) => directive.trim());
  const directive =
    directives.find((entry) => entry.startsWith('script-src')) ?? directives.find((entry) => entry.startsWith('default-src'));
  if (!directive) return undefined;
  for (const source of directive.split(/\s+/).slice(1)) {
    const match = NONCE_SOURCE.exec(source.trim());
    if (match) return match[1];
  }
  return undefined;
}

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

/** From request headers (`Headers`, or Node's `req.headers` in the Pages Router). */
export function nonceFromHeaders(headers: HeaderBag): string | undefined {
  const read = (name: string): string | undefined => {
    if (typeof (headers as { get?: unknown }).get === 'function') {
      return (headers as { get(name: string): string | null }).get(name) ?? undefined;
    }
    const value = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return nonceFromCsp(read('content-security-policy') ?? read('content-security-policy-report-only'));
}
