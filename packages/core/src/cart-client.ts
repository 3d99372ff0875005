/**
 * Cart events from the browser (https://flocktory.github.io/en/integration/precheckout/, "Cart
 * code"): call them from the shop's own handlers. They validate like the server commands, report
 * every problem to `onError` (default console.error), push unless a problem is fatal, never throw,
 * and return whether they pushed. On the server they do nothing and return false.
 */
import { CART_ITEM, CART_REMOVAL, type CartItemInput, type CartLineInput, type CartRemovalInput } from './cart-items';
import { LAST_CART_KEY, readCartSnapshot } from './cart-snapshot';
import { pageWindow, pushCommand, validated, type PageWindow, type PushOptions } from './client-push';
import { readRequired, type Fields, type Schema } from './reader';

/** The cart Flocktory knows no longer equals the last snapshot pushed: the next one must be sent. */
function forgetLastCart(target: PageWindow): void {
  delete target[Symbol.for(LAST_CART_KEY)];
}

/** One product added or removed: validated, then pushed as `[command, { item }]`. */
function pushItemChange<F extends Fields>(command: string, itemSchema: Schema<F>, item: unknown, options: PushOptions): boolean {
  const target = pageWindow();
  if (!target) return false;
  const data = validated((issues) => readRequired(itemSchema, item, issues, 'item'), options);
  if (!data) return false;
  forgetLastCart(target);
  return pushCommand(target, command, { item: data }, options);
}

/**
 * `window.flocktory.push(['addToCart', { item }])` for one product added: `count` is how many
 * units this change ADDED (the delta, not the new quantity).
 */
export function addToCart(item: CartItemInput, options: PushOptions = {}): boolean {
  return pushItemChange('addToCart', CART_ITEM, item, options);
}

/** `window.flocktory.push(['removeFromCart', { item }])`: `count` is how many units this change REMOVED. */
export function removeFromCart(item: CartRemovalInput, options: PushOptions = {}): boolean {
  return pushItemChange('removeFromCart', CART_REMOVAL, item, options);
}

/**
 * `window.flocktory.push(['updateCart', { cart: { items } }])` with the WHOLE cart (empty is fine);
 * Flocktory works out what changed. Not pushed (false, no problem reported) when it equals the
 * last cart this page pushed with updateCart, by this function or by buildUpdateCart's inline script.
 */
export function updateCart(items: readonly CartLineInput[], options: PushOptions = {}): boolean {
  const target = pageWindow();
  if (!target) return false;
  const data = validated((issues) => readCartSnapshot(items, issues), options);
  if (!data) return false;
  const key = Symbol.for(LAST_CART_KEY);
  const snapshot = JSON.stringify(data.cart.items);
  if (target[key] === snapshot || !pushCommand(target, 'updateCart', data, options)) return false;
  target[key] = snapshot;
  return true;
}
