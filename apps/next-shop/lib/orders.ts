import { randomUUID } from 'node:crypto';
import type { PostcheckoutInput } from '@flocktory-ssr/core';

/**
 * Orders live in server memory (a demo has no database). On globalThis, because Next may load this
 * module more than once (route handler and page bundles), and all must see one store. A thank-you
 * page therefore works on direct load and reload for as long as the server runs; a restart forgets
 * orders except the built-in demo one.
 */
type Store = Map<string, PostcheckoutInput>;

export const DEMO_ORDER_ID = 'DEMO-1001';

const KEY = Symbol.for('next-shop.orders');

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  return (holder[KEY] ??= new Map([[DEMO_ORDER_ID, demoOrder()]]));
}

function demoOrder(): PostcheckoutInput {
  return {
    user: { name: 'Ada Lovelace', email: 'ada@example.com' },
    order: {
      id: DEMO_ORDER_ID,
      price: 1740.5,
      items: [
        { id: 'MUG-300', title: 'Mug "</script><script>alert(1)</script>" 300 ml', price: 490, count: 1 },
        { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5, count: 1 },
      ],
    },
  };
}

export function saveOrder(input: Omit<PostcheckoutInput, 'order'> & { order: Omit<PostcheckoutInput['order'], 'id'> }): string {
  // Unguessable, because the thank-you page shows the buyer's data to whoever has the URL.
  const id = `NS-${randomUUID()}`;
  store().set(id, { ...input, order: { ...input.order, id } });
  return id;
}

export function findOrder(id: string): PostcheckoutInput | undefined {
  return store().get(id);
}
