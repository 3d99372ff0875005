import { pageWindow } from './client-push';

// The page that Flocktory's loader last read, on `window` under a symbol (see cart-snapshot.ts).
const LAST_PAGE_KEY = 'flocktory-ssr.page';

/**
 * For single-page apps: Flocktory's loader reads the `.i-flocktory` markers when it loads, so after
 * a client-side navigation it must read the new page's markers again. Flocktory's docs say nothing
 * about this; third-party integrations call `window.flocktory.reInit()` after each virtual page
 * view (observed, undocumented behaviour: treat it as such).
 *
 * Call this after EVERY route render, the first included, once the page's markers are in the DOM
 * (e.g. from a router's after-navigation hook in a component that is always mounted). `page`
 * identifies the page (default: path and query). The first call on a page load only records the
 * page; a later call with a different page calls `window.flocktory.reInit()` if it exists (not
 * before the loader has loaded: it then reads the DOM itself). A repeated call for the same page
 * (a remount, React's StrictMode) does nothing. Never throws; returns whether it called reInit.
 */
export function reInitAfterNavigation(page?: string): boolean {
  const target = pageWindow();
  if (!target) return false;
  try {
    const here = page ?? location.pathname + location.search;
    const key = Symbol.for(LAST_PAGE_KEY);
    const last = target[key];
    target[key] = here;
    if (last === undefined || last === here) return false;
    const loader = target.flocktory as { reInit?: unknown } | null | undefined;
    if (!loader || typeof loader.reInit !== 'function') return false;
    loader.reInit();
    return true;
  } catch {
    return false;
  }
}
