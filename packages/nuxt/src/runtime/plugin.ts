import type { FlocktoryMode } from '@flocktory-ssr/core';
import { buildLoader } from '@flocktory-ssr/core/loader';
import { LOADER_ATTRIBUTE } from '@flocktory-ssr/vue';

import { defineNuxtPlugin, useHead, useRuntimeConfig } from '#imports';

/**
 * Flocktory's loader on every page, through the head manager. The fixed `key` becomes
 * `data-hid`, so on the client unhead adopts the server's element instead of adding a second
 * loader; nuxt-security adds its nonce to it like to any other server-rendered script.
 */
export default defineNuxtPlugin({
  name: 'flocktory-loader',
  setup() {
    const config = useRuntimeConfig().public.flocktory;
    if (!config?.loader || !config.siteId) return;
    const loader = buildLoader({
      siteId: config.siteId,
      src: config.loaderSrc || undefined,
      mode: (config.mode || undefined) as FlocktoryMode | undefined,
    });
    if (!loader) return;
    useHead({
      script: [{ key: 'flocktory-loader', src: loader.src, async: true, [LOADER_ATTRIBUTE]: '' }],
    });
  },
});
