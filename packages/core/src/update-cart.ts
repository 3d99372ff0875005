import { readCartSnapshot, type UpdateCartData } from './cart-snapshot';
import { UPDATE_CART_PREFIX, UPDATE_CART_SUFFIX } from './update-cart-code';
import type { CartLineInput } from './cart-items';
import { checkNonce, settle, type FlocktoryOptions } from './options';
import { escapeJsonForScript } from './serialize';
import { InlineSnippet, type Snippet } from './snippet';

export type UpdateCartSnippet = Snippet<UpdateCartData>;

/**
 * The whole cart as an inline script for a server-rendered page (the cart page after sign-in,
 * which Flocktory's docs ask for): `window.flocktory.push(['updateCart', { cart: { items } }])`.
 * `items` may be empty (an empty cart). Strict mode throws a FlocktoryValidationError on any
 * problem; safe mode returns null when one item is unusable (a partial cart would tell Flocktory
 * that products were removed) and reports to `onError`.
 */
export function buildUpdateCart(items: readonly CartLineInput[], options: FlocktoryOptions = {}): UpdateCartSnippet | null {
  return settle(options, (issues) => {
    const nonce = checkNonce(options.nonce, issues);
    const data = readCartSnapshot(items, issues);
    if (!data || issues.some((issue) => issue.fatal)) return undefined;
    const code = UPDATE_CART_PREFIX + escapeJsonForScript(JSON.stringify(data)) + UPDATE_CART_SUFFIX;
    return new InlineSnippet(code, nonce, data, issues);
  });
}
