/**
 * Browser side of "exactly once per order per page view", shared by the React and Vue adapters.
 *
 * An inline `<script>` in the server HTML runs once, while the page is parsed. A script that a
 * framework creates later (client-side navigation) may not run at all (React), or may run on
 * every mount (Vue). So adapters never rely on the latter: they push from JavaScript, once per
 * order id, and count orders whose inline script came with the server HTML as already sent.
 */
import type { PostcheckoutData } from './types';

import { CODE_PREFIX, CODE_SUFFIX, ORDER_ATTRIBUTE } from './constants';

export { ORDER_ATTRIBUTE };

type FlocktoryWindow = { flocktory?: unknown[] };

interface Registry {
  sent: Set<string>;
  seeded: boolean;
}

// One registry per page, shared by every copy of this module that a bundler may have made.
const REGISTRY_KEY = Symbol.for('flocktory-ssr.sent-orders');

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[REGISTRY_KEY] ??= { sent: new Set(), seeded: false });
}

/**
 * Records the orders of inline scripts that came with the server HTML: they ran while the page
 * was parsed. Must run before the framework renders its own script elements, i.e. when the
 * adapter's client module is first evaluated; later calls do nothing.
 */
export function seedFromDocument(): void {
  const state = registry();
  if (state.seeded || typeof document === 'undefined') return;
  state.seeded = true;
  for (const script of Array.from(document.querySelectorAll(`script[${ORDER_ATTRIBUTE}]`))) {
    const id = sentOrderId(script);
    if (id !== null) state.sent.add(id);
  }
}

/**
 * The order id a server script pushed. Read from its code, where JSON's escapes carry any id
 * exactly; the attribute cannot: the page's UTF-8 turns lone surrogates into U+FFFD and the HTML
 * parser rewrites CR and NUL. The attribute is only the fallback, for a script without our code.
 */
function sentOrderId(script: Element): string | null {
  const code = script.textContent ?? '';
  let id: unknown;
  try {
    if (code.startsWith(CODE_PREFIX)) id = dataFromCode(code).order.id;
  } catch {
    // Not our code after all (edited by hand): fall back to the attribute.
  }
  return typeof id === 'string' ? id : script.getAttribute(ORDER_ATTRIBUTE);
}

/** Marks an order as sent without pushing (its inline script already ran). */
export function markOrderSent(orderId: string): void {
  registry().sent.add(orderId);
}

export function wasOrderSent(orderId: string): boolean {
  return registry().sent.has(orderId);
}

/** Pushes the order unless this page already sent it. Returns whether it pushed. */
export function pushPostcheckoutOnce(data: PostcheckoutData): boolean {
  const state = registry();
  if (typeof window === 'undefined' || state.sent.has(data.order.id)) return false;
  state.sent.add(data.order.id);
  const target = window as unknown as FlocktoryWindow;
  (target.flocktory = target.flocktory || []).push(['postcheckout', data]);
  return true;
}

/**
 * The data that `buildPostcheckout(...).code` pushes. Lets an adapter send only `code` to the
 * browser (one string across an RSC boundary, no serializer in the client bundle) and still push
 * from JavaScript on client-side navigation. `code` must come from the core, never from input.
 */
export function dataFromCode(code: string): PostcheckoutData {
  return JSON.parse(code.slice(CODE_PREFIX.length, -CODE_SUFFIX.length)) as PostcheckoutData;
}

/** For tests: forget every sent order. */
export function resetSentOrders(): void {
  const state = registry();
  state.sent.clear();
  state.seeded = false;
}

// Cart and profile commands, and single-page-app navigation (each in its own module).
export { addToCart, removeFromCart, updateCart } from './cart-client';
export { attachToProfile, type ProfileInput } from './profile';
export { reInitAfterNavigation } from './navigation';
export { updateCartDataFromCode } from './update-cart-code';
export type { PushOptions } from './client-push';
export type { CartItemInput, CartLineInput, CartRemovalInput } from './cart-items';
export { FlocktoryValidationError, type FlocktoryIssue } from './issues';
