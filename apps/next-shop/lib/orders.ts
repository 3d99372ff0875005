import { randomUUID } from 'node:crypto';
import type { PostcheckoutInput, PostcheckoutUserInput } from '@flocktory-ssr/core';
import { fromGa4Purchase } from '@flocktory-ssr/core/mappers';
import { CATALOG } from './catalog';
import { ga4Item, ga4Purchase, type Ga4Item, type Ga4Purchase } from './ga4';

/**
 * Orders, kept the way this shop already describes them for analytics: a GA4 `purchase` plus the
 * buyer (GA4 carries no personal data). Flocktory's postcheckout input is mapped from it with
 * `fromGa4Purchase`, never written by hand.
 *
 * In server memory (a demo has no database), on globalThis because Next may load this module
 * more than once (route handler and page bundles) and all must see one store. A thank-you page
 * therefore works on direct load and reload while the server runs; a restart forgets orders
 * except the built-in demo one.
 */
export interface StoredOrder {
  buyer: PostcheckoutUserInput;
  purchase: Ga4Purchase;
}

type Store = Map<string, StoredOrder>;

export const DEMO_ORDER_ID = 'DEMO-1001';

const KEY = Symbol.for('next-shop.orders');

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  return (holder[KEY] ??= new Map([[DEMO_ORDER_ID, demoOrder()]]));
}

function demoOrder(): StoredOrder {
  return {
    buyer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    purchase: ga4Purchase(
      DEMO_ORDER_ID,
      CATALOG.map((product) => ga4Item(product, 1)),
    ),
  };
}

export function saveOrder(buyer: PostcheckoutUserInput, items: Ga4Item[]): string {
  // Unguessable, because the thank-you page shows the buyer's data to whoever has the URL.
  const id = `NS-${randomUUID()}`;
  store().set(id, { buyer, purchase: ga4Purchase(id, items) });
  return id;
}

export function findPurchase(id: string): StoredOrder | undefined {
  return store().get(id);
}

/** Flocktory's postcheckout input of a stored order, mapped from its GA4 purchase. */
export function findOrder(id: string): PostcheckoutInput | undefined {
  const stored = findPurchase(id);
  return stored && fromGa4Purchase(stored.purchase, stored.buyer);
}
