/**
 * The orders the contract's pages render, with what Flocktory must receive for each, written out
 * by hand. Bundled into the test pages too, so server and client render the same input.
 */
import type { PostcheckoutData, PostcheckoutInput } from '@flocktory-ssr/core';

export type OrderKey = 'A' | 'A2' | 'B';

export interface ContractOrder {
  input: PostcheckoutInput;
  /** What the push must carry. */
  data: PostcheckoutData;
}

export const ORDERS: Record<OrderKey, ContractOrder> = {
  A: {
    input: {
      user: { name: ' Ada Lovelace ', email: 'ada@example.com' },
      order: {
        id: 'A-1001',
        price: '2 999,50',
        items: [{ id: 77, title: 'Mug "</script><script>alert(1)</script>"', price: 2999.5, count: '1' }],
      },
    },
    data: {
      user: { name: 'Ada Lovelace', email: 'ada@example.com' },
      order: {
        id: 'A-1001',
        price: 2999.5,
        items: [{ id: '77', title: 'Mug "</script><script>alert(1)</script>"', price: 2999.5, count: 1 }],
      },
    },
  },
  // The same order id as A with other data: the first data that runs wins.
  A2: {
    input: { user: { phone: '+7 (999) 888-77-66' }, order: { id: 'A-1001', price: 10, items: [{ id: 'other' }] } },
    data: { user: { email: '79998887766@unknown.email' }, order: { id: 'A-1001', price: 10, items: [{ id: 'other' }] } },
  },
  B: {
    input: { user: { id: 12345678 }, order: { id: 2002, price: '1 000,00', items: [{ id: 'tea', count: 2 }] }, spot: 'desktop' },
    data: {
      user: { email: '12345678@unknown.email' },
      order: { id: '2002', price: 1000, items: [{ id: 'tea', count: 2 }] },
      spot: 'desktop',
    },
  },
};

/** What the loader stand-in records for these orders, in push order. */
export function expectedPushes(keys: readonly OrderKey[]): unknown[] {
  return keys.map((key) => ['postcheckout', ORDERS[key].data]);
}
