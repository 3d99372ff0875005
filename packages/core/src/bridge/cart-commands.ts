/**
 * Stand-in for `addToCart` and `removeFromCart` of `@flocktory-ssr/core/client`: once the client
 * entry has them, the bridge's default commands are those (they validate and report) and this file
 * goes. Until then it pushes Flocktory's documented commands as they are; the bridge only ever
 * passes items the mappers have already read and normalized.
 */
import type { CartItemInput, CartRemovalInput } from '../mappers/types';

type Queue = { push(...entries: unknown[]): unknown };

/** `window.flocktory`, or a new queue when it is missing or clobbered by an element named "flocktory". */
function queue(): Queue | undefined {
  if (typeof window === 'undefined') return undefined;
  const holder = window as unknown as { flocktory?: Partial<Queue> };
  const current = holder.flocktory;
  if (current && typeof current.push === 'function') return current as Queue;
  const fresh: unknown[] = [];
  holder.flocktory = fresh;
  return fresh;
}

/** Pushes `['addToCart', { item }]`; false when there is no window. */
export function addToCart(item: CartItemInput): boolean {
  const target = queue();
  target?.push(['addToCart', { item }]);
  return !!target;
}

/** Pushes `['removeFromCart', { item }]`; false when there is no window. */
export function removeFromCart(item: CartRemovalInput): boolean {
  const target = queue();
  target?.push(['removeFromCart', { item }]);
  return !!target;
}
