/**
 * The markers and the cart script through @flocktory-ssr/react's components and React's server
 * renderers, the input spread onto the props as shops do (`<FlocktoryItemView {...product} />`).
 * Its bytes are the html package's: core's escaper spells `'` as React does (`&#x27;`), and the core
 * hands every adapter values without CR.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { FlocktoryCategoryView, FlocktoryExchange, FlocktoryItemView, FlocktoryUpdateCart, FlocktoryUser } from '@flocktory-ssr/react';

import type { Point, PointAdapter, PointRenderOptions } from './points';

function element(point: Point, input: unknown, { mode, nonce, onError }: PointRenderOptions): ReactElement {
  const options = { mode, onError };
  const spread = (input ?? {}) as object;
  switch (point) {
    case 'user':
      return createElement(FlocktoryUser, { user: input as never, ...options });
    case 'categoryView':
      return createElement(FlocktoryCategoryView, { ...(spread as { id: string }), ...options });
    case 'itemView':
      return createElement(FlocktoryItemView, { ...(spread as { id: string }), ...options });
    case 'exchange':
      return createElement(FlocktoryExchange, { ...spread, ...options });
    case 'updateCart':
      return createElement(FlocktoryUpdateCart, { items: input as never, nonce, ...options });
  }
}

function reactAdapter(name: string, render: (tree: ReactElement) => string): PointAdapter {
  return {
    name: `React ${name}`,
    kind: 'fragment',
    transport: 'string',
    render: (point, input, options) => render(element(point, input, options)),
  };
}

export const reactPointAdapters: PointAdapter[] = [
  reactAdapter('renderToString', renderToString),
  reactAdapter('renderToStaticMarkup', renderToStaticMarkup),
];
