/**
 * Browser side of "exactly once per order per page view", shared by the React and Vue adapters.
 *
 * The page keeps one list of the order ids it pushed, `window[Symbol.for('flocktory-ssr.sent')]`.
 * The inline script of the server HTML adds its order there when it RUNS (not when it is merely in
 * the page: a CSP may have blocked it); adapters push from JavaScript at mount, through
 * `pushPostcheckoutOnce`, which checks the same list at that moment. So an order is pushed once,
 * by whichever ran first: the inline script while the page was parsed, or the component after
 * hydration (a blocked or never-run script) or on client-side navigation.
 */
import type { PostcheckoutData } from './types';

import { CODE_PREFIX, CODE_SUFFIX, SCRIPT_ATTRIBUTE, SENT_KEY } from './constants';
import { queue, type PageWindow } from './client-push';
import { FlocktoryValidationError, logIssues } from './issues';

export { SCRIPT_ATTRIBUTE };

const SENT = /* @__PURE__ */ Symbol.for(SENT_KEY);
// What this module pushed itself, by order id (JSON), to tell a repeat from different data.
const PUSHED = /* @__PURE__ */ Symbol.for('flocktory-ssr.pushed');

/** The page-wide list the inline scripts also write to; a fresh one if something odd sits there. */
function sentList(): string[] {
  const page = globalThis as unknown as PageWindow;
  const list = page[SENT];
  return Array.isArray(list) ? list : (page[SENT] = []);
}

function pushedData(): Map<string, string> {
  const page = globalThis as unknown as Record<symbol, Map<string, string> | undefined>;
  return (page[PUSHED] ??= new Map());
}

export function wasOrderSent(orderId: string): boolean {
  return sentList().includes(orderId);
}

/** The JSON of what the server HTML pushed for `orderId`: the first of its scripts with that id. */
function serverData(orderId: string): string | undefined {
  for (const script of Array.from(document.querySelectorAll(`script[${SCRIPT_ATTRIBUTE}="postcheckout"]`))) {
    try {
      const data = dataFromCode(script.textContent!);
      if (data.order.id === orderId) return JSON.stringify(data);
    } catch {
      // Not our code (edited by hand): nothing to compare with.
    }
  }
  return undefined;
}

/**
 * Pushes the order unless this page already sent it (its inline script ran, or an earlier push).
 * A different payload for an order already sent is not pushed but reported to `onError` (default
 * console.error): the first data wins. Never throws. Returns whether it pushed.
 */
export function pushPostcheckoutOnce(data: PostcheckoutData, onError?: (error: FlocktoryValidationError) => void): boolean {
  if (typeof window === 'undefined') return false;
  try {
    const id = data.order.id;
    const json = JSON.stringify(data);
    const sent = sentList();
    if (sent.includes(id)) {
      const first = pushedData().get(id) ?? serverData(id);
      if (first !== undefined && first !== json) {
        const message = 'was pushed on this page already, with other data: this data was not sent';
        (onError ?? logIssues)(new FlocktoryValidationError([{ path: 'order.id', code: 'duplicate_order', message, fatal: true }]));
      }
      return false;
    }
    // An element with id or name "flocktory" shows through as window.flocktory: `queue` replaces it.
    queue(globalThis as unknown as PageWindow).push(['postcheckout', data]);
    sent.push(id);
    pushedData().set(id, json);
    return true;
  } catch {
    // A throwing queue or handler must not break the shop's page; the order stays unsent.
    return false;
  }
}

/**
 * The data that `buildPostcheckout(...).code` pushes. Lets an adapter send only `code` to the
 * browser (one string across an RSC boundary, no serializer in the client bundle) and still push
 * from JavaScript on client-side navigation. `code` must come from the core, never from input.
 */
export function dataFromCode(code: string): PostcheckoutData {
  return JSON.parse(code.slice(CODE_PREFIX.length, -CODE_SUFFIX.length)) as PostcheckoutData;
}

/** The order id a server script's `code` pushes; undefined when it is not our code (edited by hand). */
export function orderIdOfCode(code: string): string | undefined {
  try {
    return dataFromCode(code).order.id;
  } catch {
    return undefined;
  }
}

/** For tests: forget every sent order. */
export function resetSentOrders(): void {
  sentList().length = 0;
  pushedData().clear();
}

export { ensureLoaderScript, resetLoaderScript } from './loader-client';

// Cart and profile commands, and single-page-app navigation (each in its own module).
export { addToCart, removeFromCart, updateCart } from './cart-client';
export { attachToProfile, type ProfileInput } from './profile';
export { reInitAfterNavigation } from './navigation';
export { updateCartDataFromCode } from './update-cart-code';
export type { PushOptions } from './client-push';
export type { CartItemInput, CartLineInput, CartRemovalInput } from './cart-items';
export { FlocktoryValidationError, type FlocktoryIssue } from './issues';
