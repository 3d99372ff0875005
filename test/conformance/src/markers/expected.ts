/**
 * Conformance cases for the markers and the updateCart script, with what each adapter must
 * render, written by hand from Flocktory's docs (https://flocktory.github.io/en/integration/precheckout/,
 * https://flocktory.github.io/en/integration/exchange/) and the README's rules, never computed by
 * the core. `element` lists the attributes in order; `pushes` is what the script must push.
 */
import type { Point } from './points';

export interface PointCase {
  name: string;
  point: Point;
  input: unknown;
  /** A marker's attributes in order, or the update-cart script's pushes; null: nothing rendered. */
  expected: { element: [string, string][] } | { pushes: unknown[] } | null;
  /** `path code fatal|dropped` lines reported (safe) or thrown (strict); none when absent. */
  issues?: string[];
}

const user = (...rest: [string, string][]): [string, string][] => [['class', 'i-flocktory'], ...rest];
const action = (name: string, ...rest: [string, string][]): [string, string][] => [
  ['class', 'i-flocktory'],
  ['data-fl-action', name],
  ...rest,
];

export const POINT_CASES: PointCase[] = [
  // User (precheckout docs, "ID to identify the logged-in user").
  {
    name: 'user: the docs example',
    point: 'user',
    input: { name: 'John Doe', email: 'johndoe@gmail.com' },
    expected: { element: user(['data-fl-user-name', 'John Doe'], ['data-fl-user-email', 'johndoe@gmail.com']) },
  },
  {
    name: 'user: name unknown, attribute left out',
    point: 'user',
    input: { email: 'johndoe@gmail.com' },
    expected: { element: user(['data-fl-user-email', 'johndoe@gmail.com']) },
  },
  {
    name: 'user: phone fallback',
    point: 'user',
    input: { name: 'Иван Петров', phone: '+7 (999) 888-77-66' },
    expected: { element: user(['data-fl-user-name', 'Иван Петров'], ['data-fl-user-email', '79998887766@unknown.email']) },
  },
  {
    name: 'user: user id fallback',
    point: 'user',
    input: { id: 12345678 },
    expected: { element: user(['data-fl-user-email', '12345678@unknown.email']) },
  },
  { name: 'user: anonymous visitor', point: 'user', input: null, expected: null },
  {
    name: 'user: nothing to identify the user by',
    point: 'user',
    input: { name: 'John Doe' },
    expected: null,
    issues: ['user.email required fatal'],
  },
  {
    name: 'user: bad e-mail, phone known',
    point: 'user',
    input: { email: 'john at gmail', phone: '79998887766' },
    expected: { element: user(['data-fl-user-email', '79998887766@unknown.email']) },
    issues: ['user.email invalid_email dropped'],
  },
  // Category (precheckout docs, "Category ID").
  {
    name: 'category: the docs example',
    point: 'categoryView',
    input: { id: '123' },
    expected: { element: action('track-category-view', ['data-fl-category-id', '123']) },
  },
  {
    name: 'category: numeric id, trimmed text',
    point: 'categoryView',
    input: { id: 42 },
    expected: { element: action('track-category-view', ['data-fl-category-id', '42']) },
  },
  { name: 'category: no id', point: 'categoryView', input: { id: '  ' }, expected: null, issues: ['category.id required fatal'] },
  // Product (precheckout docs, "Product ID"; Latin "category").
  {
    name: 'product: the docs example',
    point: 'itemView',
    input: { id: '123', categoryId: '1', vendor: 'Nike', available: true },
    expected: {
      element: action(
        'track-item-view',
        ['data-fl-item-id', '123'],
        ['data-fl-item-category-id', '1'],
        ['data-fl-item-vendor', 'Nike'],
        ['data-fl-item-available', 'true'],
      ),
    },
  },
  {
    name: 'product: optional attributes not supported',
    point: 'itemView',
    input: { id: 'SKU-1' },
    expected: { element: action('track-item-view', ['data-fl-item-id', 'SKU-1']) },
  },
  {
    name: 'product: supported but missing for this product',
    point: 'itemView',
    input: { id: 'SKU-1', categoryId: null, vendor: null, available: null },
    expected: {
      element: action(
        'track-item-view',
        ['data-fl-item-id', 'SKU-1'],
        ['data-fl-item-category-id', ''],
        ['data-fl-item-vendor', ''],
        ['data-fl-item-available', ''],
      ),
    },
  },
  {
    name: 'product: out of stock',
    point: 'itemView',
    input: { id: 7, available: false },
    expected: { element: action('track-item-view', ['data-fl-item-id', '7'], ['data-fl-item-available', 'false']) },
  },
  {
    name: 'product: unusable availability is reported and sent as ""',
    point: 'itemView',
    input: { id: 7, available: 'maybe' },
    expected: { element: action('track-item-view', ['data-fl-item-id', '7'], ['data-fl-item-available', '']) },
    issues: ['item.available invalid_boolean dropped'],
  },
  { name: 'product: no id', point: 'itemView', input: { vendor: 'Nike' }, expected: null, issues: ['item.id required fatal'] },
  // Exchange (exchange docs).
  {
    name: 'exchange: the docs example',
    point: 'exchange',
    input: { spot: 'some_spot', user: { name: 'Ivan Ivanov', email: 'ivan@gmail.com' } },
    expected: {
      element: action(
        'exchange',
        ['data-fl-spot', 'some_spot'],
        ['data-fl-user-name', 'Ivan Ivanov'],
        ['data-fl-user-email', 'ivan@gmail.com'],
      ),
    },
  },
  {
    name: 'exchange: anonymous visitor',
    point: 'exchange',
    input: {},
    expected: { element: action('exchange', ['data-fl-user-email', 'xname@flocktory.com']) },
  },
  {
    name: 'exchange: phone only',
    point: 'exchange',
    input: { user: { phone: '79998887766' } },
    expected: { element: action('exchange', ['data-fl-user-email', '79998887766@unknown.email']) },
  },
  {
    name: 'exchange: user that cannot be identified',
    point: 'exchange',
    input: { spot: 'ty', user: { name: 'Ivan' } },
    expected: { element: action('exchange', ['data-fl-spot', 'ty'], ['data-fl-user-email', 'xname@flocktory.com']) },
    issues: ['user.email required dropped'],
  },
  // The whole cart (precheckout docs, "Cart code"; updateCart).
  {
    name: 'cart: two lines, prices and counts as shops write them',
    point: 'updateCart',
    input: [
      { id: '123', price: 1200, count: 1 },
      { id: 124, price: '2 999,50', count: '2' },
    ],
    expected: {
      pushes: [
        [
          'updateCart',
          {
            cart: {
              items: [
                { id: '123', price: 1200, count: 1 },
                { id: '124', price: 2999.5, count: 2 },
              ],
            },
          },
        ],
      ],
    },
  },
  { name: 'cart: empty', point: 'updateCart', input: [], expected: { pushes: [['updateCart', { cart: { items: [] } }]] } },
  {
    name: 'cart: a line without a price',
    point: 'updateCart',
    input: [{ id: 1, count: 1 }],
    expected: null,
    issues: ['cart.items[0].price required fatal'],
  },
];
