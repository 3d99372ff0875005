import { findProduct, type Product } from './catalog';

/**
 * The cart is `{ [productId]: count }` in a cookie (Nuxt's useCookie: JSON), readable on the server
 * and in the browser, so a direct load renders the same cart as the browser shows after client-side
 * changes. Unknown ids and counts outside 1..MAX_COUNT are dropped when read.
 */
export const MAX_COUNT = 99;

export type Cart = Record<string, number>;

export interface CartLine {
  product: Product;
  count: number;
}

export function sanitizeCart(value: unknown): Cart {
  const cart: Cart = {};
  if (!value || typeof value !== 'object') return cart;
  for (const [id, count] of Object.entries(value)) {
    if (findProduct(id) && Number.isSafeInteger(count) && count >= 1 && count <= MAX_COUNT) cart[id] = count;
  }
  return cart;
}

/** The cart after adding `delta` units (negative: removing) of one product, within 0..MAX_COUNT. */
export function changeCart(cart: Cart, id: string, delta: number): Cart {
  const count = Math.min(MAX_COUNT, Math.max(0, (cart[id] ?? 0) + delta));
  const { [id]: _old, ...rest } = cart;
  return count > 0 ? { ...rest, [id]: count } : rest;
}

export function cartLines(cart: Cart): CartLine[] {
  return Object.entries(cart).flatMap(([id, count]) => {
    const product = findProduct(id);
    return product ? [{ product, count }] : [];
  });
}
