import type { FlocktoryMode } from '@flocktory-ssr/core';
import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';
import { buildLoader } from '@flocktory-ssr/core/loader';

import { defineNuxtPlugin, useHead, useRuntimeConfig } from '#imports';
import { ownNonce } from './nonce';

/**
 * Flocktory's loader on every page, through the head manager. The fixed `key` becomes
 * `data-hid`, so on the client unhead adopts the server's element instead of adding a second
 * loader. It carries nuxt-security's nonce itself (see `ownNonce`).
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
      nonce: ownNonce(undefined),
    });
    if (!loader) return;
    useHead({
      script: [{ key: 'flocktory-loader', src: loader.src, async: true, nonce: loader.nonce, [SCRIPT_ATTRIBUTE]: 'loader' }],
    });
  },
});
