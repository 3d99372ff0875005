import { FlocktoryPostcheckout as VuePostcheckout } from '@flocktory-ssr/vue';
import { defineComponent, h } from 'vue';

import { ownNonce } from '../nonce';
import { configuredMode } from '../options';

type Props = InstanceType<typeof VuePostcheckout>['$props'];

/** `@flocktory-ssr/vue`'s component with the module's `mode` and nuxt-security's nonce applied. */
const FlocktoryPostcheckout = defineComponent({
  name: 'FlocktoryPostcheckout',
  // `v-bind="purchase"` with more keys than the props: none of them may reach the script.
  inheritAttrs: false,
  // The wrapped component's own props (their names alone in production builds).
  props: VuePostcheckout.props,
  setup(untyped) {
    const props = untyped as unknown as Props;
    const mode = configuredMode();
    return () => h(VuePostcheckout, { ...props, mode: props.mode ?? mode, nonce: ownNonce(props.nonce) });
  },
});

// Typed as the component it wraps (the same props, required `user` and `order` included), so the
// auto-import checks templates in `nuxi typecheck` as `@flocktory-ssr/vue` does in vue-tsc.
export default FlocktoryPostcheckout as unknown as typeof VuePostcheckout;
