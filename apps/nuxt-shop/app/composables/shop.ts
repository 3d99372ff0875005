import { changeCart, sanitizeCart, type Cart } from '../../lib/cart';
import { sanitizeShopper, SHOPPER_COOKIE, type Shopper } from '../../lib/shopper';

const COOKIE = { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 30 } as const;

/** The cart cookie: the same value in SSR and in the browser. `change` returns the new cart. */
export function useCart() {
  const cookie = useCookie<Cart | null>('cart', { ...COOKIE, default: () => ({}) });
  const cart = computed(() => sanitizeCart(cookie.value));
  return {
    cart,
    change(id: string, delta: number): Cart {
      const next = changeCart(cart.value, id, delta);
      cookie.value = next;
      return next;
    },
    clear() {
      cookie.value = {};
    },
  };
}

/** The signed-in shopper (fake sign-in, set by /api/sign-in), or null. */
export function useShopper() {
  const cookie = useCookie<Shopper | null>(SHOPPER_COOKIE, { ...COOKIE, default: () => null });
  return { shopper: computed(() => sanitizeShopper(cookie.value)) };
}
