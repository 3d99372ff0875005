import type { NextRequest } from 'next/server';
import { strictCsp } from './lib/strict-csp';

// Next 14 names it `middleware` (Next 16: `proxy`).
export function middleware(request: NextRequest) {
  return strictCsp(request);
}

// Next.js reads `config` from this file itself, so it is written out here (as in next-16's proxy).
export const config = {
  matcher: [
    { source: '/((?!_next/static|_next/image|flocktory-stub|favicon.ico).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
  ],
};
