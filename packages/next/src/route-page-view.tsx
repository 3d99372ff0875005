'use client';
/**
 * The App Router's page view: the key is the route's path and query, read from Next's own hooks,
 * so reInit runs after each client-side navigation (and never on the first load; see the React
 * package's FlocktoryPageView).
 */
// The file, not the bare subpath: `next` has no `exports` map (see app.tsx).
import { usePathname, useSearchParams } from 'next/navigation.js';
import type { JSX } from 'react';
import { FlocktoryPageView } from '@flocktory-ssr/react';

export function FlocktoryRoutePageView(): JSX.Element {
  const pathname = usePathname() ?? '';
  const query = useSearchParams()?.toString() ?? '';
  return <FlocktoryPageView page={query === '' ? pathname : `${pathname}?${query}`} />;
}
