/**
 * Inputs for every marker and the cart script with hostile strings in every free-text field (the
 * values that become attributes or script data), each paired with what the page must show,
 * computed from the docs' rules here, not by the library: text is trimmed; an optional attribute
 * with nothing left is left out (user name, spot) or rendered "" (a supported product attribute);
 * the e-mail is the address unless it is reported, then its phone fallback.
 */
import fc from 'fast-check';
import type { Point } from '@flocktory-ssr/test-conformance/markers';

import { hostileString } from './strings';

export interface PointInput {
  point: Point;
  input: unknown;
  /** The marker's attributes, in order. For the e-mail: `EMAIL_OR_FALLBACK`, resolved by the test. */
  attributes?: [string, string][];
  /** What the cart script pushes. */
  pushes?: unknown[];
}

/** Placeholder for the user's e-mail: the given address, or its phone fallback when the address is reported. */
export const EMAIL_OR_FALLBACK = '\u0000email';
export const FALLBACK_EMAIL = '79998887766@unknown.email';

/** Never blank, so a required id or name is always there. */
const text = hostileString.map((value) => `a${value}z`);
const maybeText = fc.option(hostileString, { nil: undefined });
/** The local part of an address, hostile too: what the e-mail rule accepts is its business. */
const email = hostileString.map((value) => `${value}@shop.example`);

const trimmed = (value: string) => value.trim();

function userAttributes(name: string | undefined): [string, string][] {
  const attributes: [string, string][] = [];
  if (name !== undefined && name.trim() !== '') attributes.push(['data-fl-user-name', name.trim()]);
  attributes.push(['data-fl-user-email', EMAIL_OR_FALLBACK]);
  return attributes;
}

const user = fc.record({ name: maybeText, email }).map(
  ({ name, email }): PointInput => ({
    point: 'user',
    input: { name, email, phone: '79998887766' },
    attributes: [['class', 'i-flocktory'], ...userAttributes(name)],
  }),
);

const categoryView = text.map(
  (id): PointInput => ({
    point: 'categoryView',
    input: { id },
    attributes: [
      ['class', 'i-flocktory'],
      ['data-fl-action', 'track-category-view'],
      ['data-fl-category-id', trimmed(id)],
    ],
  }),
);

const AVAILABLE: Array<[unknown, string | undefined]> = [
  [true, 'true'],
  [false, 'false'],
  ['FALSE', 'false'],
  [null, ''],
  [undefined, undefined],
];

const itemView = fc
  .record({ id: text, categoryId: maybeText, vendor: maybeText, available: fc.constantFrom(...AVAILABLE) })
  .map(({ id, categoryId, vendor, available: [available, availableText] }): PointInput => {
    const attributes: [string, string][] = [
      ['class', 'i-flocktory'],
      ['data-fl-action', 'track-item-view'],
      ['data-fl-item-id', trimmed(id)],
    ];
    // Given (even blank): supported, so present; blank is "".
    if (categoryId !== undefined) attributes.push(['data-fl-item-category-id', trimmed(categoryId)]);
    if (vendor !== undefined) attributes.push(['data-fl-item-vendor', trimmed(vendor)]);
    if (availableText !== undefined) attributes.push(['data-fl-item-available', availableText]);
    return { point: 'itemView', input: { id, categoryId, vendor, available }, attributes };
  });

const exchange = fc
  .record({ spot: maybeText, name: maybeText, email, anonymous: fc.boolean() })
  .map(({ spot, name, email, anonymous }): PointInput => {
    const attributes: [string, string][] = [
      ['class', 'i-flocktory'],
      ['data-fl-action', 'exchange'],
    ];
    if (spot !== undefined && spot.trim() !== '') attributes.push(['data-fl-spot', spot.trim()]);
    if (anonymous) attributes.push(['data-fl-user-email', 'xname@flocktory.com']);
    else attributes.push(...userAttributes(name));
    return { point: 'exchange', input: { spot, user: anonymous ? null : { name, email, phone: '79998887766' } }, attributes };
  });

const updateCart = fc
  .array(fc.record({ id: text, price: fc.nat(10_000_000), count: fc.integer({ min: 1, max: 99 }) }), { maxLength: 4 })
  .map(
    (items): PointInput => ({
      point: 'updateCart',
      input: items,
      pushes: [['updateCart', { cart: { items: items.map(({ id, price, count }) => ({ id: trimmed(id), price, count })) } }]],
    }),
  );

/** One input per integration point, all hostile. */
export const pointInputs = fc.tuple(user, categoryView, itemView, exchange, updateCart);
