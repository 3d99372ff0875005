/** `<FlocktoryLoader>` of the React and Vue packages, server-rendered. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createSSRApp, h } from 'vue';
import { renderToString as vueRenderToString } from 'vue/server-renderer';
import { FlocktoryLoader as ReactLoader } from '@flocktory-ssr/react';
import { FlocktoryLoader as VueLoader } from '@flocktory-ssr/vue';

import type { LoaderAdapter, LoaderRenderOptions } from './loader-types';

function props(options: LoaderRenderOptions) {
  return { siteId: options.siteId, src: options.src, nonce: options.nonce, mode: options.mode, onError: options.onError } as never;
}

export const reactLoader: LoaderAdapter = {
  name: 'React FlocktoryLoader renderToStaticMarkup',
  render: (options) => renderToStaticMarkup(createElement(ReactLoader, props(options))),
};

export const vueLoader: LoaderAdapter = {
  name: 'Vue FlocktoryLoader renderToString',
  markerAttributes: { 'data-flocktory': 'loader' },
  async render(options) {
    const app = createSSRApp({ render: () => h(VueLoader, props(options)) });
    app.config.warnHandler = () => {};
    let thrown: unknown;
    app.config.errorHandler = (error) => void (thrown ??= error);
    const html = await vueRenderToString(app);
    if (thrown !== undefined) throw thrown;
    return html;
  },
};
