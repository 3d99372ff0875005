import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';
import { ensureLoaderScript } from '@flocktory-ssr/core/client';
import { buildLoader } from '@flocktory-ssr/core/loader';
import { computed, defineComponent, onMounted, type PropType } from 'vue';

import { withCommonProps } from './options';
import { useServerScript } from './server-script';

/**
 * `<FlocktoryLoader site-id="1234" />`: Flocktory's main integration, loaded once per page view.
 * Server-rendered as `<script async src>`; on a client-only mount it is added to `<head>` once.
 */
export const FlocktoryLoader = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryLoader',
  // No attribute of the parent's (`v-bind="config"`, `class`, `onerror`) may reach the script.
  inheritAttrs: false,
  props: /* @__PURE__ */ withCommonProps({
    siteId: { type: [String, Number] as PropType<string | number>, required: true as const },
    /** Where loader.js is served from (default Flocktory's CDN). */
    src: String,
  }),
  setup(props) {
    // The props are exactly buildLoader's options (siteId, src, nonce, mode, onError).
    const loader = computed(() => buildLoader(props));
    onMounted(() => {
      // Added to <head> once per page view, unless the server HTML has it (same src).
      if (loader.value) ensureLoaderScript(loader.value);
    });
    return useServerScript('loader', () => {
      const current = loader.value;
      return current && { attrs: { async: true, src: current.src, nonce: current.nonce, [SCRIPT_ATTRIBUTE]: 'loader' }, key: '' };
    });
  },
});
