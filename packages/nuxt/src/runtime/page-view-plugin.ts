import type { Plugin } from 'nuxt/app';

// The app's `app.pageTransition`, as Nuxt's <NuxtPage> reads it.
import { appPageTransition } from '#build/nuxt.config.mjs';
import { defineNuxtPlugin, useRouter, useRuntimeConfig } from '#imports';
import { reInitAfterPageRender } from './re-init-after-page-render';

/**
 * Client only: `window.flocktory.reInit()` after each client-side navigation, once the new page is
 * rendered, so Flocktory's loader reads its markers (observed, undocumented loader behaviour; the
 * module's `reInit: false` turns it off).
 */
const flocktoryPageView: Plugin = defineNuxtPlugin({
  name: 'flocktory-page-view',
  setup(nuxtApp) {
    if (useRuntimeConfig().public.flocktory?.reInit === false) return;
    const route = useRouter().currentRoute;
    reInitAfterPageRender(
      nuxtApp,
      () => route.value.fullPath,
      // As <NuxtPage> decides (but for its `transition` prop, which a plugin cannot see).
      () => Boolean(route.value.meta.pageTransition ?? appPageTransition),
    );
  },
});

export default flocktoryPageView;
