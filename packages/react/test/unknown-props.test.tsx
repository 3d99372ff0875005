// @vitest-environment node
/**
 * Shops spread whole objects onto components (`<FlocktoryItemView {...product} />`). Whatever such
 * an object holds, no prop but the component's own reaches an element: parse5 must see exactly our
 * attributes, and no text or element of the extras.
 */
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildUpdateCart } from '@flocktory-ssr/core';
import { elementsOf } from '@flocktory-ssr/test-support';
import { expect, it } from 'vitest';
import { FlocktoryCategoryView, FlocktoryExchange, FlocktoryItemView, FlocktoryPageView, FlocktoryUpdateCart, FlocktoryUser } from '../src';

const NONCE = 'bm9uY2U=';
const EXTRA = {
  innerHTML: '<img src=x onerror=injected()>',
  dangerouslySetInnerHTML: { __html: '<b>injected()</b>' },
  children: 'injected()',
  src: 'https://evil.example/x.js',
  href: 'https://evil.example/',
  onError: undefined,
  onerror: 'injected()',
  onClick: () => {},
  className: 'evil',
  class: 'evil',
  id: 'flocktory',
  style: { color: 'red' },
  type: 'module',
  'data-x': 'injected',
  'data-flocktory': 'other',
  'data-fl-action': 'injected',
} as Record<string, unknown>;

const cart = [{ id: 'SKU-1', price: 100, count: 2 }];
const marker = (...attributes: [string, string][]): [string, string][] => [['class', 'i-flocktory'], ...attributes];
const CASES: Array<[string, (props: never) => ReactNode, Record<string, unknown>, [string, string][][]]> = [
  ['FlocktoryUser', FlocktoryUser, { user: { email: 'a@b.example' } }, [marker(['data-fl-user-email', 'a@b.example'])]],
  [
    'FlocktoryCategoryView',
    FlocktoryCategoryView,
    { id: 'C1' },
    [marker(['data-fl-action', 'track-category-view'], ['data-fl-category-id', 'C1'])],
  ],
  ['FlocktoryItemView', FlocktoryItemView, { id: 'I1' }, [marker(['data-fl-action', 'track-item-view'], ['data-fl-item-id', 'I1'])]],
  [
    'FlocktoryExchange',
    FlocktoryExchange,
    { spot: 'ty' },
    [marker(['data-fl-action', 'exchange'], ['data-fl-spot', 'ty'], ['data-fl-user-email', 'xname@flocktory.com'])],
  ],
  [
    'FlocktoryUpdateCart',
    FlocktoryUpdateCart,
    { items: cart, nonce: NONCE },
    [
      [
        ['data-flocktory', 'update-cart'],
        ['nonce', NONCE],
      ],
    ],
  ],
  ['FlocktoryPageView', FlocktoryPageView, { page: '/p' }, []],
];

it.each(CASES)('%s: hostile extra props reach no element', (_name, Component, own, expected) => {
  const html = renderToStaticMarkup(
    createElement(Component as (props: Record<string, unknown>) => ReactNode, { ...EXTRA, ...own, mode: 'strict' }),
  );
  const found = elementsOf(html, 'fragment');
  expect(found.map((element) => element.attrs.map((attribute) => [attribute.name, attribute.value]))).toEqual(expected);
  expect(html).not.toMatch(/injected|evil/);
  for (const element of found) {
    if (element.tagName === 'div') expect(element.childNodes).toEqual([]);
    // The script's only child is core's code.
    else
      expect(element.childNodes.map((child) => ('value' in child ? child.value : ''))).toEqual([
        buildUpdateCart(cart, { mode: 'strict' })!.code,
      ]);
  }
});
