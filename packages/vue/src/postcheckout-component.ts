import { buildPostcheckout, type PostcheckoutInput } from '@flocktory-ssr/core';
import { defineComponent, type ExtractPropTypes, type PropType } from 'vue';

import { declareProps } from './declare-props';
import { withCommonProps } from './options';
import { scriptSsrRender } from './script-ssr-render';
import { rawInput } from './server-input';
import { inServerRender } from './server-script';
import { usePostcheckoutSnippet, useSnippetScript } from './use-postcheckout';

const propOptions = /* @__PURE__ */ withCommonProps({
  user: { type: Object as PropType<PostcheckoutInput['user']>, required: true as const },
  order: { type: Object as PropType<PostcheckoutInput['order']>, required: true as const },
  spot: String as PropType<string | null>,
});

type Props = ExtractPropTypes<typeof propOptions>;

// The core reads only its options (mode, nonce, onError) from the props.
const input = (props: Props): PostcheckoutInput => ({ user: props.user, order: props.order, spot: props.spot });

/** The server's snippet, from the raw objects behind any proxy (see rawInput). */
const serverSnippet = (props: Props) => buildPostcheckout(rawInput(input(props)), props);

/**
 * `<FlocktoryPostcheckout :user :order spot nonce />`: the thank-you page's tracking snippet,
 * an inline script in the server HTML, pushed exactly once per order per page view.
 */
export const FlocktoryPostcheckout = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryPostcheckout',
  // `<FlocktoryPostcheckout v-bind="purchase" />` passes every other key of `purchase` as an
  // attribute: none may reach the script (`innerHTML` would replace our code, `src` load another).
  inheritAttrs: false,
  props: /* @__PURE__ */ declareProps(propOptions),
  setup(props) {
    // The server build renders through ssrRender alone: nothing to compute or mount here. The
    // browser build has no ssrRender (tsup.config.ts): on a server it renders through this setup.
    if (__FLOCKTORY_SERVER__ && inServerRender()) return;
    const snippet = usePostcheckoutSnippet(
      () => input(props),
      () => props,
    );
    return useSnippetScript(snippet);
  },
  ...(__FLOCKTORY_SERVER__ && { ssrRender: /* @__PURE__ */ scriptSsrRender('postcheckout', serverSnippet) }),
});
