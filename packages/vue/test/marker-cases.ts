import {
  buildCategoryView,
  buildExchange,
  buildItemView,
  buildUser,
  type FlocktoryOptions,
  type MarkerAttributes,
} from '@flocktory-ssr/core';
import type { Component } from 'vue';

import { FlocktoryCategoryView, FlocktoryExchange, FlocktoryItemView, FlocktoryUser } from '../src/index';

/**
 * What a template's `v-bind="object"` may carry beyond a component's props: none of it may reach
 * the element (`innerHTML` would replace its content, `src`/`type`/`onError` make it something
 * else, `class`/`style`/`data-x` change what the loader or the page sees).
 */
export const HOSTILE_ATTRS = {
  innerHTML: '<img src=x onerror=alert(1)>',
  textContent: 'injected',
  src: 'https://evil.example/x.js',
  onerror: 'alert(1)',
  onClick: () => {},
  class: 'evil',
  style: 'display:none',
  'data-x': 'x',
  'data-fl-action': 'exchange',
  type: 'module',
  id: 'flocktory',
};

export interface MarkerCase {
  name: string;
  component: Component;
  props: Record<string, unknown>;
  /** The core builder's attributes for these props: what the element must carry. */
  build: (props: Record<string, unknown>, options?: FlocktoryOptions) => MarkerAttributes | null;
  /** Props with a problem the core reports (fatal, but for Exchange, which then shows the anonymous banner). */
  invalid: Record<string, unknown>;
}

const user = { name: 'Ann "A" Lee', email: 'ann@example.com' };
type Input<F extends (...args: never[]) => unknown> = Parameters<F>[0];

export const MARKER_CASES: MarkerCase[] = [
  {
    name: 'FlocktoryUser',
    component: FlocktoryUser,
    props: { user },
    build: (props, options) => buildUser(props.user as Input<typeof buildUser>, options),
    invalid: { user: { name: 'No Contact' } },
  },
  {
    name: 'FlocktoryCategoryView',
    component: FlocktoryCategoryView,
    props: { id: 'c-1' },
    build: (props, options) => buildCategoryView(props as unknown as Input<typeof buildCategoryView>, options),
    invalid: { id: ' ' },
  },
  {
    name: 'FlocktoryItemView',
    component: FlocktoryItemView,
    props: { id: 'SKU-1', categoryId: 12, vendor: 'Nike & Co', available: false },
    build: (props, options) => buildItemView(props as unknown as Input<typeof buildItemView>, options),
    invalid: { vendor: 'Nike' },
  },
  {
    name: 'FlocktoryExchange',
    component: FlocktoryExchange,
    props: { user, spot: 'thank_you' },
    build: (props, options) => buildExchange(props as unknown as Input<typeof buildExchange>, options),
    invalid: { user: { name: 'No Contact' }, spot: 'thank_you' },
  },
];
