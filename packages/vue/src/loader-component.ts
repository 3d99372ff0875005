import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';
import { buildLoader, type LoaderScript } from '@flocktory-ssr/core/loader';
import { computed, defineComponent, onMounted, type PropType } from 'vue';

import { commonProps } from './options';
import { useServerScript } from './server-script';

const LOADED = Symbol.for('flocktory-ssr.loader');

/**
 * Adds the loader to the page unless it is there already (server HTML or an earlier mount). Never
 * throws into the app: elements named like `document`'s methods (`<form name="querySelector">`)
 * shadow them.
 */
function ensureLoader(loader: LoaderScript): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  try {
    const present = holder[LOADED] || document.querySelector(`script[${SCRIPT_ATTRIBUTE}="loader"]`);
    holder[LOADED] = true;
    if (present) return;
    const script = document.createElement('script');
    script.async = true;
    script.src = loader.src;
    if (loader.nonce) script.nonce = loader.nonce;
    script.setAttribute(SCRIPT_ATTRIBUTE, 'loader');
    document.head.appendChild(script);
  } catch {
    // The page is not ours to break; Flocktory's loader stays out.
  }
}

/**
 * `<FlocktoryLoader site-id="1234" />`: Flocktory's main integration, loaded once per page view.
 * Server-rendered as `<script async src>`; on a client-only mount it is added to `<head>` once.
 */
export const FlocktoryLoader = defineComponent({
  name: 'FlocktoryLoader',
  // No attribute of the parent's (`v-bind="config"`, `class`, `onerror`) may reach the script.
  inheritAttrs: false,
  props: {
    siteId: { type: [String, Number] as PropType<string | number>, required: true },
    /** Where loader.js is served from (default Flocktory's CDN). */
    src: String,
    ...commonProps,
  },
  setup(props) {
    // The props are exactly buildLoader's options (siteId, src, nonce, mode, onError).
    const loader = computed(() => buildLoader(props));
    onMounted(() => {
      if (loader.value) ensureLoader(loader.value);
    });
    return useServerScript(
      'loader',
      () => {
        const current = loader.value;
        return current && { attrs: { async: true, src: current.src, nonce: current.nonce, [SCRIPT_ATTRIBUTE]: 'loader' }, key: '' };
      },
    );
  },
});
