'use client';
import { useEffect } from 'react';
import { reInitAfterNavigation } from '@flocktory-ssr/core/client';
import type { FlocktoryMode, FlocktoryOptions } from '@flocktory-ssr/core';
import type { NoReactRef } from './react-reserved';

export interface FlocktoryPageViewProps extends NoReactRef {
  /** What identifies the page: the router's path with its query (e.g. `location.pathname + location.search`). */
  page: string;
  /** Accepted like every component's; nothing here is validated or thrown. */
  mode?: FlocktoryMode | undefined;
  onError?: FlocktoryOptions['onError'];
}

/**
 * For single-page apps: after each client-side navigation, asks Flocktory's loader to read the new
 * page's markers (`window.flocktory.reInit()`, observed, undocumented behaviour). The effect runs
 * after the page's markers are committed to the DOM. Core's `reInitAfterNavigation` only records
 * the first page of a load and skips a repeated key (StrictMode, a remount), so reInit runs once per
 * navigation and never on the first load. Renders nothing.
 */
export function FlocktoryPageView({ page }: FlocktoryPageViewProps): null {
  useEffect(() => {
    reInitAfterNavigation(page);
  }, [page]);
  return null;
}
