import type { UpdateCartData } from './cart-snapshot';

/**
 * The inline script is `UPDATE_CART_PREFIX + JSON of the pushed data + UPDATE_CART_SUFFIX`. It
 * never throws; it pushes unless this page's last pushed cart is the same snapshot (so a page
 * that renders it twice, or a framework that also pushes it from JavaScript, sends it once), and
 * it survives a `window.flocktory` clobbered by an element with that id or name.
 */
export const UPDATE_CART_PREFIX =
  // LAST_CART_KEY (cart-snapshot.ts) is spelled out: the string stays a constant bundlers can drop.
  '(function(p){try{var w=window,k=Symbol.for("flocktory-ssr.cart"),c=JSON.stringify(p.cart.items),f;' +
  'if(w[k]===c)return;f=w.flocktory;if(!f||typeof f.push!=="function")f=w.flocktory=[];' +
  'f.push(["updateCart",p]);w[k]=c}catch(e){}})(';
export const UPDATE_CART_SUFFIX = ');';

/** The data that a `buildUpdateCart(…).code` pushes. `code` must come from the core, never from input. */
export function updateCartDataFromCode(code: string): UpdateCartData {
  return JSON.parse(code.slice(UPDATE_CART_PREFIX.length, -UPDATE_CART_SUFFIX.length)) as UpdateCartData;
}
