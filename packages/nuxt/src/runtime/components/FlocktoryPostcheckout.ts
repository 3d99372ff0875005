import { FlocktoryPostcheckout as VuePostcheckout } from '@flocktory-ssr/vue';

import { withModuleOptions } from './with-module-options';

/**
 * `@flocktory-ssr/vue`'s component with the module's `mode` and nuxt-security's nonce applied.
 * Typed as the component it is (the same props, required `user` and `order` included), so the
 * auto-import checks templates in `nuxi typecheck` as `@flocktory-ssr/vue` does in vue-tsc.
 */
const FlocktoryPostcheckout = withModuleOptions(VuePostcheckout, { script: true });

export default FlocktoryPostcheckout;
