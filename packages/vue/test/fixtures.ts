import type { PostcheckoutInput } from '@flocktory-ssr/core';

/** A thank-you page's order, with a title that would break out of a naive inline script. */
export function order(id: string | number, title = 'Mug "</script><script>alert(1)</script>" & <b>co</b>'): PostcheckoutInput {
  return {
    user: { name: 'Ann Lee', email: 'ann@example.com', sex: 'f' },
    order: { id, price: 2999, items: [{ id: 'sku-1', title, price: 2999, count: 1 }] },
    spot: 'desktop',
  };
}

type Pushed = [string, { order: { id: string } }];

/** Order ids pushed onto `window.flocktory` so far. */
export function pushedOrderIds(): string[] {
  const queue = ((window as unknown as { flocktory?: Pushed[] }).flocktory ?? []) as Pushed[];
  return queue.map((entry) => entry[1].order.id);
}

export function resetFlocktoryQueue(): void {
  delete (window as unknown as { flocktory?: unknown }).flocktory;
}

/** Whether this run's `../src/index` is dist/browser (vitest.config.ts's browser-build project). */
export const BROWSER_BUILD = process.env.FLOCKTORY_VUE_BUILD === 'browser';
