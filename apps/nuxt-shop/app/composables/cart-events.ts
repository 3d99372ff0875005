import type { Product } from '../../lib/catalog';

/** One Flocktory cart event per cart change: `count` is the number of units added or removed. */
export function useCartEvents() {
  const flocktory = useFlocktoryCart();
  return {
    added(product: Product, count: number) {
      flocktory.addToCart({ id: product.id, price: product.price, count, brand: product.brand, categoryId: product.categoryId });
    },
    removed(product: Product, count: number) {
      flocktory.removeFromCart({ id: product.id, count });
    },
  };
}
