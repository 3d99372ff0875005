/** Server side of the Vue test pages: `vue/server-renderer`'s renderToString in an SSR app. */
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';

import type { ServerModule } from '../../adapter';
import { App } from './app';

const server: ServerModule = {
  async render(state) {
    const html = await renderToString(createSSRApp({ render: () => h(App, { state }) }));
    return [{ html }, { bundle: true }];
  },
};
export default server;
