import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';

import type { Plugin } from 'nuxt/app';

import { defineNuxtPlugin, useHead, useRuntimeConfig } from '#imports';
import { loaderScript } from './loader-script';
import { log } from './log';
import { ownNonce } from './nonce';

let warnedNoSiteId = false;

/**
 * Flocktory's loader on every page, through the head manager. The fixed `key` becomes
 * `data-hid`, so on the client unhead adopts the server's element instead of adding a second
 * loader. It carries nuxt-security's nonce itself (see `ownNonce`).
 */
const flocktoryLoader: Plugin = defineNuxtPlugin({
  name: 'flocktory-loader',
  setup() {
    const config = useRuntimeConfig().public.flocktory;
    if (!config?.loader) return;
    if (!config.siteId) {
      // Once per server process: the variable may be missing from this deployment only.
      if (import.meta.server && !warnedNoSiteId) {
        warnedNoSiteId = true;
        log('warn', '[@flocktory-ssr/nuxt] no Flocktory site id (NUXT_PUBLIC_FLOCKTORY_SITE_ID is empty): pages get no loader.');
      }
      return;
    }
    // Safe mode (any build): a bad site id renders no loader and logs, never fails the page.
    const loader = loaderScript(config, ownNonce(undefined));
    if (!loader) return;
    useHead({
      script: [{ key: 'flocktory-loader', src: loader.src, async: true, nonce: loader.nonce, [SCRIPT_ATTRIBUTE]: 'loader' }],
    });
  },
});

export default flocktoryLoader;
