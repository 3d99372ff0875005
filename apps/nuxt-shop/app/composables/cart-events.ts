import { addToCart, removeFromCart } from '@flocktory-ssr/core/client';
import type { Product } from '../../lib/catalog';

/** One Flocktory cart event per cart change: `count` is the number of units added or removed. */
export function useCartEvents() {
  return {
    added(product: Product, count: number) {
      addToCart({ id: product.id, price: product.price, count, brand: product.brand, categoryId: product.categoryId });
    },
    removed(product: Product, count: number) {
      removeFromCart({ id: product.id, count });
    },
  };
}
