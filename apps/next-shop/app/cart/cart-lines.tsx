'use client';
import Link from 'next/link';
import { useState } from 'react';
import { cartLines, type Cart } from '../../lib/cart';
import type { Product } from '../../lib/catalog';
import { changeCart } from '../_shop/change-cart';
import { useCartEvents } from '../_shop/use-cart-events';

/** The cart's lines with +, − and remove: each click changes the cookie, then reports one cart event. */
export function CartLines({ initial }: { initial: Cart }) {
  const events = useCartEvents();
  const [cart, setCart] = useState(initial);
  const [busy, setBusy] = useState(false);
  const lines = cartLines(cart);

  async function change(product: Product, delta: number) {
    setBusy(true);
    const next = await changeCart(product.id, delta);
    setBusy(false);
    if (!next) return;
    if (delta > 0) events.added(product, delta);
    else events.removed(product, -delta);
    setCart(next);
  }

  if (lines.length === 0) return <p data-cart-empty>Your cart is empty.</p>;
  return (
    <>
      <ul>
        {lines.map(({ product, count }) => (
          <li key={product.id} data-line={product.id}>
            {product.title}: <output data-count>{count}</output> × {product.price}{' '}
            <button type="button" data-action="increment" disabled={busy} onClick={() => change(product, 1)}>
              +
            </button>{' '}
            <button type="button" data-action="decrement" disabled={busy} onClick={() => change(product, -1)}>
              −
            </button>{' '}
            <button type="button" data-action="remove" disabled={busy} onClick={() => change(product, -count)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/checkout" data-action="checkout">
          Checkout
        </Link>
      </p>
    </>
  );
}
