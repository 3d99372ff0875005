import { FlocktoryPostcheckout as VuePostcheckout } from '@flocktory-ssr/vue';
import { defineComponent, h } from 'vue';

import { ownNonce } from '../nonce';
import { configuredMode } from '../options';

/** `@flocktory-ssr/vue`'s component with the module's `mode` and nuxt-security's nonce applied. */
export default defineComponent({
  name: 'FlocktoryPostcheckout',
  // `v-bind="purchase"` with more keys than the props: none of them may reach the script.
  inheritAttrs: false,
  props: VuePostcheckout.props,
  setup(props) {
    const mode = configuredMode();
    return () => h(VuePostcheckout, { ...props, mode: props.mode ?? mode, nonce: ownNonce(props.nonce) });
  },
});
