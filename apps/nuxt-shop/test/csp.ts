/** The nonce of the response's CSP, after checking that script-src is the strict one. */
export function nonceFromCsp(response: Response): string {
  const policy = response.headers.get('content-security-policy') ?? '';
  const match = /(?:^|;\s*)script-src 'self' 'strict-dynamic' 'nonce-([A-Za-z0-9+/_-]+={0,2})'(?:;|$)/.exec(policy);
  if (!match) throw new Error(`unexpected CSP: ${policy}`);
  return match[1]!;
}
