/** React: renderToString of <FlocktoryPostcheckout/> vs a bare <script> with the precomputed code. */
import { SCRIPT_ATTRIBUTE, buildPostcheckout } from '@flocktory-ssr/core';
import { loadAdapter } from './resolve.js';

export async function reactCases(input) {
  const loaded = await loadAdapter('@flocktory-ssr/react', ['react', 'react-dom/server']);
  if (loaded.skip) return loaded;
  const { createElement } = loaded.modules.react;
  const { renderToString } = loaded.modules['react-dom/server'];
  const { FlocktoryPostcheckout } = loaded.adapter;
  const { code } = buildPostcheckout(input, { mode: 'strict' });
  const bare = () =>
    renderToString(createElement('script', { [SCRIPT_ATTRIBUTE]: 'postcheckout', dangerouslySetInnerHTML: { __html: code } }));
  // The bare script again, with buildPostcheckout run per render: what the adapter adds beyond that.
  const bareWithBuild = () => {
    const snippet = buildPostcheckout(input, { mode: 'strict' });
    return renderToString(
      createElement('script', { [SCRIPT_ATTRIBUTE]: 'postcheckout', dangerouslySetInnerHTML: { __html: snippet.code } }),
    );
  };
  // Props as JSX passes them (`<FlocktoryPostcheckout user={…} order={…} … />`: one object literal). An
  // object spread here would put V8's slow path for spread objects on the adapter's bill.
  const adapter = () =>
    renderToString(createElement(FlocktoryPostcheckout, { user: input.user, order: input.order, spot: input.spot, mode: 'strict' }));
  if (!adapter().includes(code)) throw new Error('React adapter output does not carry snippet.code');
  return { bare, bareWithBuild, adapter };
}
