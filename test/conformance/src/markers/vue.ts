/**
 * `@flocktory-ssr/vue`'s marker components and FlocktoryUpdateCart through `vue/server-renderer`
 * in an SSR app, as a shop's template binds them: each input's keys as props (`v-bind`).
 */
import { createSSRApp, h, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { FlocktoryCategoryView, FlocktoryExchange, FlocktoryItemView, FlocktoryUpdateCart, FlocktoryUser } from '@flocktory-ssr/vue';

import type { Point, PointAdapter } from './points';

/** The component for `point`, and its props for `input`. */
function componentCase(point: Point, input: unknown): [Component, Record<string, unknown>] {
  const fields = (input ?? {}) as Record<string, unknown>;
  if (point === 'user') return [FlocktoryUser, { user: input }];
  if (point === 'categoryView') return [FlocktoryCategoryView, { ...fields }];
  if (point === 'itemView') return [FlocktoryItemView, { ...fields }];
  if (point === 'exchange') return [FlocktoryExchange, { ...fields }];
  return [FlocktoryUpdateCart, { items: input }];
}

export const vueMarkers: PointAdapter = {
  name: '@flocktory-ssr/vue components (renderToString)',
  kind: 'fragment',
  transport: 'string',
  async render(point, input, options) {
    const [component, props] = componentCase(point, input);
    const app = createSSRApp({
      render: () => h(component, { ...props, mode: options.mode, nonce: options.nonce, onError: options.onError }),
    });
    // Prop-type warnings for hostile input are the shop's business; the core reports the data problem.
    app.config.warnHandler = () => {};
    let thrown: unknown;
    app.config.errorHandler = (error) => void (thrown ??= error);
    const html = await renderToString(app);
    if (thrown !== undefined) throw thrown;
    return html;
  },
};
