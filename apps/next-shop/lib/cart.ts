import { findProduct, type Product } from './catalog';

/**
 * The cart lives in a cookie, `MUG-300=2&TEA-GRN=1` (URLSearchParams syntax, all cookie-safe
 * characters), so the server renders the same cart on a direct load as the browser shows after
 * client-side changes. Unknown ids and counts outside 1..MAX_COUNT are dropped when read.
 */
export const CART_COOKIE = 'cart';
export const MAX_COUNT = 99;

export type Cart = Record<string, number>;

export interface CartLine {
  product: Product;
  count: number;
}

export function parseCart(value: string | undefined): Cart {
  const cart: Cart = {};
  for (const [id, raw] of new URLSearchParams(value ?? '')) {
    const count = Number(raw);
    if (findProduct(id) && Number.isSafeInteger(count) && count >= 1 && count <= MAX_COUNT) cart[id] = count;
  }
  return cart;
}

export const serializeCart = (cart: Cart): string =>
  new URLSearchParams(Object.entries(cart).map(([id, count]) => [id, String(count)])).toString();

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
