import { randomUUID } from 'node:crypto';

import type { PostcheckoutInput } from '@flocktory-ssr/core';

/**
 * Orders live in server memory (a demo has no database): a thank-you page works on direct load
 * and reload for as long as the server runs; a restart forgets all but the built-in demo order.
 */
export const DEMO_ORDER_ID = 'DEMO-1001';

const orders = new Map<string, PostcheckoutInput>([
  [
    DEMO_ORDER_ID,
    {
      user: { name: 'Ada Lovelace', email: 'ada@example.com' },
      order: {
        id: DEMO_ORDER_ID,
        price: 1740.5,
        items: [
          { id: 'MUG-300', title: 'Mug "</script><script>alert(1)</script>" 300 ml', price: 490, count: 1 },
          { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5, count: 1 },
        ],
      },
    },
  ],
]);

export function saveOrder(input: Omit<PostcheckoutInput, 'order'> & { order: Omit<PostcheckoutInput['order'], 'id'> }): string {
  // Unguessable, because the thank-you page shows the buyer's data to whoever has the URL.
  const id = `NX-${randomUUID()}`;
  orders.set(id, { ...input, order: { ...input.order, id } });
  return id;
}

export function findOrder(id: string): PostcheckoutInput | undefined {
  return orders.get(id);
}
