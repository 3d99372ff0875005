import type { Product } from './catalog';

/**
 * The shop's analytics vocabulary: Google Analytics 4 e-commerce objects
 * (https://developers.google.com/analytics/devguides/collection/ga4/ecommerce). The shop describes its
 * products, cart changes and orders only this way; Flocktory gets them through
 * `@flocktory-ssr/core/mappers` (server) and `@flocktory-ssr/core/bridge` (browser).
 */
export interface Ga4Item {
  item_id: string;
  item_name: string;
  price: number;
  quantity: number;
  item_brand: string;
  item_category: string;
}

export interface Ga4Purchase {
  transaction_id: string;
  value: number;
  currency: string;
  items: Ga4Item[];
}

export const CURRENCY = 'RUB';

export const ga4Item = (product: Product, quantity: number): Ga4Item => ({
  item_id: product.id,
  item_name: product.title,
  price: product.price,
  quantity,
  item_brand: product.brand,
  item_category: product.categoryId,
});

/** The `ecommerce` object of a purchase: the total is the sum of the lines, in kopecks to avoid float drift. */
export function ga4Purchase(transactionId: string, items: Ga4Item[]): Ga4Purchase {
  const cents = items.reduce((sum, item) => sum + Math.round(item.price * 100) * item.quantity, 0);
  return { transaction_id: transactionId, value: cents / 100, currency: CURRENCY, items };
}
