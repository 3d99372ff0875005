import { CART_LINE, type CartLine } from './cart-items';
import { addIssue, type FlocktoryIssue } from './issues';
import { describe, Invalid, listLength, readList } from './reader';

/** What `updateCart` pushes: the whole cart, from which Flocktory works out what changed. */
export interface UpdateCartData {
  cart: { items: CartLine[] };
}

/**
 * The page-wide record of the last cart snapshot pushed (`JSON.stringify` of its items), on
 * `window` under `Symbol.for(…)`: a symbol cannot be clobbered by an element's id or name. The
 * inline script and the browser's `updateCart` both skip a snapshot equal to it; `addToCart` and
 * `removeFromCart` clear it, as the cart Flocktory knows then differs from it.
 */
export const LAST_CART_KEY = 'flocktory-ssr.cart';

/**
 * The whole cart at `cart.items`: an array (empty is fine: an empty cart) of at most MAX_ITEMS
 * `{ id, price, count }`.
 */
export function readCartSnapshot(items: unknown, issues: FlocktoryIssue[]): UpdateCartData | undefined {
  const path = 'cart.items';
  if (!Array.isArray(items)) return addIssue(issues, path, items == null ? 'required' : 'invalid_type', true);
  const length = listLength(items, false);
  if (length instanceof Invalid) return addIssue(issues, path, length.code!, true, describe(length, items));
  const read = readList(CART_LINE, items, length, issues, path);
  return read && { cart: { items: read } };
}
