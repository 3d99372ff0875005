import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { defineComponent, type PropType } from 'vue';

import { commonProps } from './options';
import { usePostcheckoutSnippet, useSnippetScript } from './use-postcheckout';

const propOptions = {
  user: { type: Object as PropType<PostcheckoutInput['user']>, required: true as const },
  order: { type: Object as PropType<PostcheckoutInput['order']>, required: true as const },
  spot: String as PropType<string | null>,
  ...commonProps,
};

// Types and `required` only feed Vue's development warnings (no prop here is Boolean or has a
// default), but Vue normalizes full options once per app, i.e. once per server request. Names
// alone leave ~7 KB less garbage per production server render; development keeps the warnings.
// `process.env.NODE_ENV` is written out so bundlers replace it, as they do for Vue itself.
const production = typeof process !== 'undefined' && process.env.NODE_ENV === 'production';

/**
 * `<FlocktoryPostcheckout :user :order spot nonce />`: the thank-you page's tracking snippet,
 * an inline script in the server HTML, pushed exactly once per order per page view.
 */
export const FlocktoryPostcheckout = defineComponent({
  name: 'FlocktoryPostcheckout',
  // `<FlocktoryPostcheckout v-bind="purchase" />` passes every other key of `purchase` as an
  // attribute: none may reach the script (`innerHTML` would replace our code, `src` load another).
  inheritAttrs: false,
  // Same props and the same TypeScript types either way.
  props: (production ? Object.keys(propOptions) : propOptions) as typeof propOptions,
  setup(props) {
    const snippet = usePostcheckoutSnippet(
      () => ({ user: props.user, order: props.order, spot: props.spot }),
      // The core reads only its options (mode, nonce, onError) from the props.
      () => props,
    );
    return useSnippetScript(snippet);
  },
});
