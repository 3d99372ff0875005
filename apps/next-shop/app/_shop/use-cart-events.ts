'use client';
import { useFlocktoryCart } from '@flocktory-ssr/next';
import type { Product } from '../../lib/catalog';
import { CURRENCY, ga4Item } from '../../lib/ga4';
import { pushGa4Event } from './data-layer';
import { useIntegration } from './integration';

/**
 * Reports one cart change: always to the shop's analytics (a GA4 `add_to_cart` / `remove_from_cart`
 * in `dataLayer`) and, unless the dataLayer bridge forwards those, to Flocktory directly. One of the
 * two reaches Flocktory, never both: each click is one Flocktory cart event.
 */
export function useCartEvents() {
  const integration = useIntegration();
  const flocktory = useFlocktoryCart();
  return {
    added(product: Product, count: number) {
      pushGa4Event('add_to_cart', { currency: CURRENCY, value: product.price * count, items: [ga4Item(product, count)] });
      if (integration === 'flocktory') {
        flocktory.addToCart({ id: product.id, price: product.price, count, brand: product.brand, categoryId: product.categoryId });
      }
    },
    removed(product: Product, count: number) {
      pushGa4Event('remove_from_cart', { currency: CURRENCY, value: product.price * count, items: [ga4Item(product, count)] });
      if (integration === 'flocktory') flocktory.removeFromCart({ id: product.id, count });
    },
  };
}
