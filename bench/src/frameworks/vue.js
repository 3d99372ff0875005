/** Vue: renderToString of <FlocktoryPostcheckout/> vs a bare <script> with the precomputed code. */
import { SCRIPT_ATTRIBUTE, buildPostcheckout } from '@flocktory-ssr/core';
import { loadAdapter } from './resolve.js';

export async function vueCases(input) {
  const loaded = await loadAdapter('@flocktory-ssr/vue', ['vue', 'vue/server-renderer']);
  if (loaded.skip) return loaded;
  const { createSSRApp, h } = loaded.modules.vue;
  const { renderToString } = loaded.modules['vue/server-renderer'];
  const { FlocktoryPostcheckout } = loaded.adapter;
  const { code } = buildPostcheckout(input, { mode: 'strict' });
  // Both sides pay for one app per render, as a server does per request.
  const bare = () => renderToString(createSSRApp({ render: () => h('script', { [SCRIPT_ATTRIBUTE]: 'postcheckout', innerHTML: code }) }));
  // The bare script again, with buildPostcheckout run per render: what the adapter adds beyond that.
  const bareWithBuild = () =>
    renderToString(
      createSSRApp({
        render: () => {
          const snippet = buildPostcheckout(input, { mode: 'strict' });
          return h('script', { [SCRIPT_ATTRIBUTE]: 'postcheckout', innerHTML: snippet.code });
        },
      }),
    );
  // Props as a template passes them (one object literal; a spread would bill V8's slow path to us).
  const adapter = () =>
    renderToString(
      createSSRApp({ render: () => h(FlocktoryPostcheckout, { user: input.user, order: input.order, spot: input.spot, mode: 'strict' }) }),
    );
  if (!(await adapter()).includes(code)) throw new Error('Vue adapter output does not carry snippet.code');
  return { bare, bareWithBuild, adapter };
}
