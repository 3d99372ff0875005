'use client';
import { useState } from 'react';
import type { Product } from '../../lib/catalog';
import { changeCart } from './change-cart';
import { useCartEvents } from './use-cart-events';

/** Adds one unit; the cart event goes out once the server has the change. */
export function AddToCartButton({ product }: { product: Product }) {
  const events = useCartEvents();
  const [inCart, setInCart] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    setBusy(true);
    const cart = await changeCart(product.id, 1);
    setBusy(false);
    if (!cart) return;
    events.added(product, 1);
    setInCart(cart[product.id] ?? 0);
  }

  return (
    <p>
      <button type="button" data-action="add-to-cart" onClick={add} disabled={busy}>
        Add to cart
      </button>
      {inCart !== null && <output data-in-cart>{` ${inCart} in your cart`}</output>}
    </p>
  );
}
