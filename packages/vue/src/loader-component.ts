import { buildLoader, type LoaderScript } from '@flocktory-ssr/core';
import { computed, createCommentVNode, defineComponent, h, onMounted, type PropType } from 'vue';

import { commonProps } from './options';
import { isServerRendering, serverScriptAttribute } from './render-context';

/** Marks our loader element, so the client can tell it apart and never add a second one. */
export const LOADER_ATTRIBUTE = 'data-flocktory-loader';
const LOADED = Symbol.for('flocktory-ssr.loader');

/** Adds the loader to the page unless it is there already (server HTML or an earlier mount). */
function ensureLoader(loader: LoaderScript): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  const present = holder[LOADED] || document.querySelector(`script[${LOADER_ATTRIBUTE}]`);
  holder[LOADED] = true;
  if (present) return;
  const script = document.createElement('script');
  script.async = true;
  script.src = loader.src;
  if (loader.nonce) script.nonce = loader.nonce;
  script.setAttribute(LOADER_ATTRIBUTE, '');
  document.head.appendChild(script);
}

/**
 * `<FlocktoryLoader site-id="1234" />`: Flocktory's main integration, loaded once per page view.
 * Server-rendered as `<script async src>`; on a client-only mount it is added to `<head>` once.
 */
export const FlocktoryLoader = defineComponent({
  name: 'FlocktoryLoader',
  props: {
    siteId: { type: [String, Number] as PropType<string | number>, required: true },
    /** Where loader.js is served from (default Flocktory's CDN). */
    src: String,
    ...commonProps,
  },
  setup(props) {
    const ssr = isServerRendering();
    const hydrated = !ssr && serverScriptAttribute(LOADER_ATTRIBUTE) !== null;
    const loader = computed(() =>
      buildLoader({ siteId: props.siteId, src: props.src, nonce: props.nonce, mode: props.mode, onError: props.onError }),
    );
    onMounted(() => {
      if (loader.value) ensureLoader(loader.value);
    });
    return () => {
      const current = loader.value;
      if (!current || !(ssr || hydrated)) return createCommentVNode();
      // While hydrating this adopts the server's element; Vue only compares attributes it knows.
      return h('script', { async: true, src: current.src, nonce: ssr ? current.nonce : undefined, [LOADER_ATTRIBUTE]: '' });
    };
  },
});
