import { reInitAfterNavigation } from '@flocktory-ssr/core/client';
import { createCommentVNode, defineComponent, nextTick, onMounted, watch } from 'vue';

import { declareProps } from './declare-props';

/**
 * `<FlocktoryPageView :page="route.fullPath" />`, once in the app's layout: after a client-side
 * navigation, once the new page's DOM is patched (markers included), asks Flocktory's loader to
 * read the markers again (`window.flocktory.reInit()`, observed and undocumented behaviour; see
 * `reInitAfterNavigation` in `@flocktory-ssr/core/client`). The first page only records its key:
 * the loader reads that page itself. Renders nothing.
 */
export const FlocktoryPageView = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryPageView',
  inheritAttrs: false,
  props: /* @__PURE__ */ declareProps({
    /** What identifies the page (e.g. `route.fullPath`): a new value is a new page view. */
    page: { type: String, required: true as const },
  }),
  setup(props) {
    onMounted(() => reInitAfterNavigation(props.page));
    // `post`: after Vue has patched the DOM for the render that brought the new key.
    watch(
      () => props.page,
      (page) => reInitAfterNavigation(page),
      { flush: 'post' },
    );
    return () => createCommentVNode();
  },
});

/** The part of a vue-router Router this uses. */
export interface AfterEachRouter {
  afterEach(guard: (to: { fullPath: string }, from: unknown, failure?: unknown) => unknown): () => void;
}

/**
 * `flocktoryRouter(router)`, once where the router is created: after every successful navigation,
 * on the next tick (when the router view has rendered the new page), asks Flocktory's loader to
 * read the markers again; the first navigation only records the page. Returns the function that
 * removes the hook. Pages that load data asynchronously (Suspense) render later: prefer
 * `<FlocktoryPageView>` there, or Nuxt's module, which waits for `page:finish`.
 */
export function flocktoryRouter(router: AfterEachRouter): () => void {
  return router.afterEach((to, _from, failure) => {
    if (failure) return;
    void nextTick().then(() => reInitAfterNavigation(to.fullPath));
  });
}
