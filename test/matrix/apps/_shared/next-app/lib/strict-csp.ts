import { NextResponse, type NextRequest } from 'next/server';

/**
 * Next.js's documented strict CSP, for the app's `proxy` (Next 16) or `middleware` (Next 14): a fresh
 * nonce per request, in the request's header (read while rendering) and the response's.
 */
export function strictCsp(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = `script-src 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}
