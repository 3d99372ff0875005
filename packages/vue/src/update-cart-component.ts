import { buildUpdateCart, SCRIPT_ATTRIBUTE, type CartLineInput } from '@flocktory-ssr/core';
import { updateCart, updateCartDataFromCode } from '@flocktory-ssr/core/client';
import { computed, defineComponent, onMounted, type PropType } from 'vue';

import { declareProps } from './declare-props';
import { withCommonProps } from './options';
import { useServerScript } from './server-script';

const propOptions = /* @__PURE__ */ withCommonProps({
  /** The whole cart, `{ id, price, count }` per line (empty: an empty cart). */
  items: { type: Array as PropType<readonly CartLineInput[]>, required: true as const },
});

/** The cart a server script pushes, as JSON: tells our server element for this cart from another. */
function cartKeyOfCode(code: string): string | undefined {
  try {
    return JSON.stringify(updateCartDataFromCode(code));
  } catch {
    return undefined;
  }
}

/**
 * `<FlocktoryUpdateCart :items="cart" :nonce="nonce" />`: the whole cart, for the cart page after
 * sign-in. Server HTML: an inline `<script data-flocktory="update-cart">` (html's renderUpdateCart
 * bytes), which pushes while the page is parsed. Once mounted, `updateCart` from
 * `@flocktory-ssr/core/client` pushes the cart it was mounted with, unless it is the last cart this
 * page pushed (the server script ran): so a client-only mount or client navigation pushes it once,
 * and a server script a CSP blocked is made up for. Later changes are the shop's to report
 * (useFlocktoryCart), as each is one click.
 */
export const FlocktoryUpdateCart = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryUpdateCart',
  // No attribute of the parent's (`innerHTML`, `src`, `type`, `onerror`) may reach the script.
  inheritAttrs: false,
  props: /* @__PURE__ */ declareProps(propOptions),
  setup(props) {
    // The core reads only its options (mode, nonce, onError) from the props.
    const snippet = computed(() => buildUpdateCart(props.items, props));
    onMounted(() => {
      // Already validated and normalized: nothing is reported twice.
      const current = snippet.value;
      if (current) updateCart(current.data.cart.items, { onError: props.onError });
    });
    return useServerScript(
      'update-cart',
      () => {
        const current = snippet.value;
        return (
          current && {
            attrs: { [SCRIPT_ATTRIBUTE]: 'update-cart', nonce: current.nonce, innerHTML: current.code },
            key: JSON.stringify(current.data),
          }
        );
      },
      cartKeyOfCode,
    );
  },
});
