/**
 * What @flocktory-ssr/nuxt renders under nuxt-security (`nonce: true`): Vue SSR of the component
 * with the request's nonce, between page content that may hold unbalanced `"` (a `v-html` block,
 * `options.pageAround`), then nuxt-security's nonce rewrite of the body, then our module's server
 * plugin that removes the nonce copy the rewrite adds. Our script must carry the nonce exactly
 * once, whatever the quotes around it.
 */
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { FlocktoryPostcheckout } from '@flocktory-ssr/vue';

import { dropAddedNonce } from '../../../../packages/nuxt/src/runtime/server/drop-added-nonce';
import { injectNonceToTags } from '../nuxt-security-rewrite';
import type { Adapter } from './types';

/** Each of our `<script data-flocktory=…>` tags must hold `nonce=` exactly this often. */
function checkNonceCount(html: string, expected: number): void {
  for (const tag of html.match(/<script[^>]*data-flocktory="[^"]*"[^>]*>/g) ?? []) {
    const count = tag.match(/nonce=/g)?.length ?? 0;
    if (count !== expected) throw new Error(`our script has ${count} nonce attributes, not ${expected}: ${tag}`);
  }
}

export const vueUnderNuxtSecurity: Adapter = {
  name: 'Vue renderToString + nuxt-security nonce rewrite',
  kind: 'fragment',
  pageSection: true,
  takesRootKeys: false,
  async render(input, options) {
    // By default one unbalanced `"` above the snippet: the case nuxt-security's rewrite gets wrong.
    const around = options.pageAround ?? { before: 'Our 27" monitors ship free.', after: '' };
    const app = createSSRApp({
      render: () => [
        h('div', { innerHTML: around.before }),
        h(FlocktoryPostcheckout, { ...input, mode: options.mode, nonce: options.nonce, onError: options.onError }),
        h('div', { innerHTML: around.after }),
      ],
    });
    app.config.warnHandler = () => {};
    let thrown: unknown;
    app.config.errorHandler = (error) => void (thrown ??= error);
    let html = await renderToString(app);
    if (thrown !== undefined) throw thrown;
    // nuxt-security's own nonce is always base64; a hostile one (the bad-input matrix) is only ever
    // given to the component, which refuses it.
    const nuxtSecurityNonce = options.nonce !== undefined && /^[\w+/-]+={0,2}$/.test(options.nonce);
    if (nuxtSecurityNonce) html = dropAddedNonce(injectNonceToTags(html, options.nonce!), options.nonce!);
    checkNonceCount(html, nuxtSecurityNonce ? 1 : 0);
    return html;
  },
};
