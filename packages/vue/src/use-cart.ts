import type { CartItemInput, CartLineInput, CartRemovalInput, FlocktoryMode, FlocktoryValidationError } from '@flocktory-ssr/core';
import { addToCart, attachToProfile, removeFromCart, updateCart, type ProfileInput, type PushOptions } from '@flocktory-ssr/core/client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export interface CartOptions {
  /** Accepted like every component's; the browser commands never throw, in either mode. */
  mode?: FlocktoryMode;
  /** Receives every problem found (default: one line on console.error). */
  onError?: (error: FlocktoryValidationError) => void;
}

export interface UseFlocktoryCart {
  /** One product added: `count` is how many units this change ADDED. Returns whether it pushed. */
  addToCart(item: CartItemInput): boolean;
  /** One product removed: `count` is how many units this change REMOVED. */
  removeFromCart(item: CartRemovalInput): boolean;
  /** The WHOLE cart (empty is fine); not pushed again when it equals the last cart pushed. */
  updateCart(items: readonly CartLineInput[]): boolean;
  /** Extra flat profile data (`{ key: string | number | boolean }`). */
  attachToProfile(data: ProfileInput): boolean;
}

/**
 * Flocktory's cart commands for the shop's own click handlers, bound to `options` (a ref or getter
 * is read at each call). Each validates, reports problems to `onError` and never throws; on the
 * server each does nothing and returns false.
 */
export function useFlocktoryCart(options: MaybeRefOrGetter<CartOptions | undefined> = {}): UseFlocktoryCart {
  function send<T>(command: (input: T, options: PushOptions) => boolean) {
    return (input: T): boolean => {
      try {
        return command(input, { onError: toValue(options)?.onError });
      } catch {
        // Only a throwing getter of the shop's could get here: a click handler must still run on.
        return false;
      }
    };
  }
  return {
    addToCart: send(addToCart),
    removeFromCart: send(removeFromCart),
    updateCart: send(updateCart),
    attachToProfile: send(attachToProfile),
  };
}
