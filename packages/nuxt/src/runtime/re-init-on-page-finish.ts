import { reInitAfterNavigation } from '@flocktory-ssr/core/client';

interface HookableApp {
  hook(name: 'page:finish', handler: () => void): unknown;
}

/**
 * After every page Nuxt finishes rendering (`page:finish`: Suspense resolved, the new page's DOM
 * in place), asks Flocktory's loader to read the markers again; the first page, which the loader
 * reads itself, only records its key. `page()` is the current page's key (route path and query).
 */
export function reInitOnPageFinish(nuxtApp: HookableApp, page: () => string): void {
  nuxtApp.hook('page:finish', () => {
    reInitAfterNavigation(page());
  });
}
