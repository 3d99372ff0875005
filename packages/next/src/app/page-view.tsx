import { Suspense } from 'react';
import type { FlocktoryMarkerOptions } from '@flocktory-ssr/react/adapter';
import { FlocktoryRoutePageView } from '../route-page-view';

/** Accepted like every component's; nothing here is validated or thrown. */
export type AppPageViewProps = FlocktoryMarkerOptions;

/**
 * Place once in the root layout: after each client-side navigation it has Flocktory's loader read
 * the new page's markers (`window.flocktory.reInit()`), keyed by the path and query. It reads
 * `useSearchParams()`, so it sits in a Suspense boundary of its own: a static route stays static
 * (only this empty component renders on the client).
 */
export function FlocktoryPageView(_props: AppPageViewProps) {
  return (
    <Suspense fallback={null}>
      <FlocktoryRoutePageView />
    </Suspense>
  );
}
