/**
 * `FlocktoryPostcheckout` from @flocktory-ssr/vue through `vue/server-renderer` in an SSR app, the
 * whole input bound with `v-bind`: unknown top-level keys become attributes, which must reach no
 * element, and never reach the library.
 */
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { FlocktoryPostcheckout } from '@flocktory-ssr/vue';

import type { Adapter } from './types';

export const vueRenderToString: Adapter = {
  name: 'Vue renderToString',
  kind: 'fragment',
  takesRootKeys: false,
  async render(input, options) {
    // `<FlocktoryPostcheckout v-bind="purchase" />`: every other top-level key becomes an attribute.
    const app = createSSRApp({
      render: () => h(FlocktoryPostcheckout, { ...input, mode: options.mode, nonce: options.nonce, onError: options.onError }),
    });
    // Prop-type warnings (e.g. a Map as `order`) are the shop's business; the library reports the data problem.
    app.config.warnHandler = () => {};
    let thrown: unknown;
    app.config.errorHandler = (error) => void (thrown ??= error);
    const html = await renderToString(app);
    if (thrown !== undefined) throw thrown;
    return html;
  },
};
