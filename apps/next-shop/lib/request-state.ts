import { cookies } from 'next/headers';
import { CART_COOKIE, parseCart, type Cart } from './cart';
import { decodeShopper, SHOPPER_COOKIE, type Shopper } from './shopper';

/**
 * What the shop knows about this visitor, read from the request's cookies while rendering (which
 * makes the page dynamic: it is rendered per request, as a shop page with a cart is).
 */
export async function currentShopper(): Promise<Shopper | null> {
  return decodeShopper((await cookies()).get(SHOPPER_COOKIE)?.value);
}

export async function currentCart(): Promise<Cart> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value);
}

/** Which integration sends cart events to Flocktory: the shop's own calls, or the GA4 dataLayer bridge. */
export const INTEGRATION_COOKIE = 'integration';
export type Integration = 'flocktory' | 'ga4';

export async function currentIntegration(): Promise<Integration> {
  return (await cookies()).get(INTEGRATION_COOKIE)?.value === 'ga4' ? 'ga4' : 'flocktory';
}
