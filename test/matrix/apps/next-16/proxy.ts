import { NextResponse, type NextRequest } from 'next/server';

/** Next.js's documented strict CSP: a fresh nonce per request, in the request's header (read while rendering) and the response's. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = `script-src 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: [
    { source: '/((?!_next/static|_next/image|flocktory-stub|favicon.ico).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
  ],
};
