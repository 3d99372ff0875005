import { reInitAfterNavigation } from '@flocktory-ssr/core/client';

type PageHook = 'page:start' | 'page:finish' | 'page:loading:end' | 'page:transition:finish';

interface HookableApp {
  isHydrating?: boolean;
  hook(name: PageHook, handler: () => void): unknown;
}

/**
 * Asks Flocktory's loader to read the markers again once a client-side navigation's page is in
 * the DOM, the previous page's gone; the first page, which the loader reads itself, only records
 * its key. `page()` is the current page's key (route path and query): a page rendered twice, or
 * reported by two hooks, is re-read once. Nuxt's hooks, by case (the cases its own scroll
 * behaviour waits for):
 * - a new page instance: `page:finish` (its Suspense resolved);
 * - the same instance, reused (a query-only change, a custom `definePageMeta({ key })`): no
 *   `page:finish`, only `page:loading:end`, on the tick after the render;
 * - a new page behind a page transition: `page:finish` comes before the old page has left
 *   (default mode: both pages in the DOM; out-in: the new one not yet in), so wait for
 *   `page:transition:finish`, which Nuxt calls once the old page left and the new one is in.
 *   `transition()` says whether the current route has one; the old page leaves with a transition
 *   only if it was rendered inside one too (else Nuxt swaps it out at once, leave-less).
 * While a new page is pending (`page:start` without its `page:finish`), `page:loading:end` is not
 * the end: Nuxt 3.21 with a page transition calls it then, the old page still in the DOM.
 */
export function reInitAfterPageRender(nuxtApp: HookableApp, page: () => string, transition: () => boolean): void {
  let awaitingTransition = false;
  let newPagePending = false;
  // Whether the page in the DOM was rendered inside Nuxt's <Transition>.
  let shownInTransition = false;
  const reInit = () => {
    reInitAfterNavigation(page());
  };
  nuxtApp.hook('page:start', () => {
    newPagePending = true;
  });
  nuxtApp.hook('page:finish', () => {
    newPagePending = false;
    const inTransition = transition();
    // No leave on the first page: it came with the HTML.
    const leaving = !nuxtApp.isHydrating && inTransition && shownInTransition;
    shownInTransition = inTransition;
    if (leaving) awaitingTransition = true;
    else reInit();
  });
  nuxtApp.hook('page:transition:finish', () => {
    if (!awaitingTransition) return;
    awaitingTransition = false;
    reInit();
  });
  nuxtApp.hook('page:loading:end', () => {
    if (!awaitingTransition && !newPagePending) reInit();
  });
}
