/**
 * The ways a shop renders the markers and the cart script today: `@flocktory-ssr/html`'s render
 * functions, and the Express middleware with EJS, Pug and Handlebars views (`views/markers.*`)
 * over real HTTP and in process (src/express-app.ts); React's components (./react.ts); Vue's (./vue.ts).
 */
import { renderCategoryView, renderExchange, renderItemView, renderUpdateCart, renderUser } from '@flocktory-ssr/html';

import { renderInProcess, renderOverHttp, startServer, stopServer, type Engine } from '../express-app';
import type { Point, PointAdapter, PointRenderOptions } from './points';
import { reactPointAdapters } from './react';
import { vueMarkers } from './vue';

export const htmlRender: PointAdapter = {
  name: '@flocktory-ssr/html render functions',
  kind: 'fragment',
  transport: 'string',
  render(point, input, options) {
    const renderers = {
      user: renderUser,
      categoryView: renderCategoryView,
      itemView: renderItemView,
      exchange: renderExchange,
      updateCart: renderUpdateCart,
    };
    return (renderers[point] as (input: unknown, options: PointRenderOptions) => string)(input, options);
  },
};

/** The view renders the one integration point `point` (Handlebars tests `is.<point>`). */
const viewCase = (point: Point, input: unknown, options: PointRenderOptions) => ({
  view: 'markers',
  locals: { point, input, is: { [point]: true } },
  options,
});

function expressAdapter(engine: Engine, label: string): PointAdapter {
  return {
    name: `Express + ${label}`,
    kind: 'document',
    transport: 'utf8',
    setup: startServer,
    teardown: stopServer,
    render: (point, input, options) => renderOverHttp(engine, viewCase(point, input, options)),
  };
}

function inProcessAdapter(engine: Engine, label: string): PointAdapter {
  return {
    name: `Express middleware + ${label} view (in process)`,
    kind: 'document',
    transport: 'string',
    render: (point, input, options) => renderInProcess(engine, viewCase(point, input, options)),
  };
}

export const pointAdapters: PointAdapter[] = [
  htmlRender,
  expressAdapter('ejs', 'EJS'),
  expressAdapter('pug', 'Pug'),
  expressAdapter('hbs', 'Handlebars'),
  ...reactPointAdapters,
  vueMarkers,
];

/** For the property runs: no HTTP round trip (HTTP itself is covered by `pointAdapters`). */
export const inProcessPointAdapters: PointAdapter[] = [
  htmlRender,
  inProcessAdapter('ejs', 'EJS'),
  inProcessAdapter('pug', 'Pug'),
  inProcessAdapter('hbs', 'Handlebars'),
  ...reactPointAdapters,
  vueMarkers,
];
