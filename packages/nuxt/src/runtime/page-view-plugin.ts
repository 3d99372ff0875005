import type { Plugin } from 'nuxt/app';

import { defineNuxtPlugin, useRouter, useRuntimeConfig } from '#imports';
import { reInitOnPageFinish } from './re-init-on-page-finish';

/**
 * Client only: `window.flocktory.reInit()` after each client-side navigation, once the new page is
 * rendered, so Flocktory's loader reads its markers (observed, undocumented loader behaviour; the
 * module's `reInit: false` turns it off).
 */
const flocktoryPageView: Plugin = defineNuxtPlugin({
  name: 'flocktory-page-view',
  setup(nuxtApp) {
    if (useRuntimeConfig().public.flocktory?.reInit === false) return;
    const router = useRouter();
    reInitOnPageFinish(nuxtApp, () => router.currentRoute.value.fullPath);
  },
});

export default flocktoryPageView;
