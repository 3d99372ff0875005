/**
 * `FlocktoryPostcheckout` from @flocktory-ssr/vue through `vue/server-renderer` in an SSR app.
 * Data goes in as props, so unknown top-level keys never reach the library.
 */
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { FlocktoryPostcheckout } from '@flocktory-ssr/vue';
import type { PostcheckoutInput } from '@flocktory-ssr/core';

import type { Adapter } from './types';

export const vueRenderToString: Adapter = {
  name: 'Vue renderToString',
  kind: 'fragment',
  transport: 'string',
  // Vue escapes only & < > " ' in attributes: a CR in an order id is read back as LF.
  keepsCarriageReturn: false,
  takesRootKeys: false,
  async render(input, options) {
    const { user, order, spot } = input as PostcheckoutInput & { spot?: string | null };
    const app = createSSRApp({
      render: () => h(FlocktoryPostcheckout, { user, order, ...(spot === undefined ? {} : { spot }), mode: options.mode, nonce: options.nonce, onError: options.onError }),
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
