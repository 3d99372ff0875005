import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { defineComponent, type PropType } from 'vue';

import { commonProps } from './options';
import { usePostcheckoutSnippet, useSnippetScript } from './use-postcheckout';

/**
 * `<FlocktoryPostcheckout :user :order spot nonce />`: the thank-you page's tracking snippet,
 * an inline script in the server HTML, pushed exactly once per order per page view.
 */
export const FlocktoryPostcheckout = defineComponent({
  name: 'FlocktoryPostcheckout',
  props: {
    user: { type: Object as PropType<PostcheckoutInput['user']>, required: true },
    order: { type: Object as PropType<PostcheckoutInput['order']>, required: true },
    spot: String as PropType<string | null>,
    ...commonProps,
  },
  setup(props) {
    const snippet = usePostcheckoutSnippet(
      () => ({ user: props.user, order: props.order, spot: props.spot }),
      // The core reads only its options (mode, nonce, onError) from the props.
      () => props,
    );
    return useSnippetScript(snippet);
  },
});
