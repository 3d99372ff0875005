/**
 * Server-safe (no hooks, no 'use client'): validated and serialized here, on the server when
 * rendered there; only the finished script text crosses to the tiny client component.
 */
import { buildUpdateCart, type CartLineInput, type FlocktoryOptions } from '@flocktory-ssr/core';
import { FlocktoryUpdateCartScript } from './update-cart-script';
import type { NoReactRef } from './react-reserved';

export interface FlocktoryUpdateCartProps extends FlocktoryOptions, NoReactRef {
  /** The WHOLE cart, `{ id, price, count }` per line; empty for an empty cart. */
  items: readonly CartLineInput[];
}

/**
 * The whole cart for Flocktory (`updateCart`): an inline `<script data-flocktory="update-cart">` in
 * server HTML (the same bytes as `@flocktory-ssr/html`'s `renderUpdateCart`), a push from
 * JavaScript once per mount on the client. Strict mode throws during render; safe mode renders
 * nothing for a cart that cannot be sent and reports to `onError`.
 */
export function FlocktoryUpdateCart({ items, nonce, mode, onError }: FlocktoryUpdateCartProps) {
  const snippet = buildUpdateCart(items, { mode, onError, nonce });
  if (!snippet) return null;
  return <FlocktoryUpdateCartScript code={snippet.code} nonce={snippet.nonce} />;
}
