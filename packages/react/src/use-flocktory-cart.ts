'use client';
import { useMemo } from 'react';
import {
  addToCart,
  attachToProfile,
  removeFromCart,
  updateCart,
  type CartItemInput,
  type CartLineInput,
  type CartRemovalInput,
  type ProfileInput,
  type PushOptions,
} from '@flocktory-ssr/core/client';
import type { FlocktoryMode } from '@flocktory-ssr/core';

export interface FlocktoryCartOptions extends PushOptions {
  /** Accepted like every component's; the cart commands never throw, whatever the mode. */
  mode?: FlocktoryMode;
}

export interface FlocktoryCart {
  /** `['addToCart', { item }]`: `count` is how many units this change ADDED. */
  addToCart: (item: CartItemInput) => boolean;
  /** `['removeFromCart', { item }]`: `count` is how many units this change REMOVED. */
  removeFromCart: (item: CartRemovalInput) => boolean;
  /** `['updateCart', { cart: { items } }]` with the WHOLE cart; skipped when equal to the last one pushed. */
  updateCart: (items: readonly CartLineInput[]) => boolean;
  /** `['attachToProfile', { data }]`: flat values only. */
  attachToProfile: (data: ProfileInput) => boolean;
}

/**
 * The browser's cart and profile commands bound to `options.onError` (default console.error), for
 * the shop's click handlers: each validates, reports, pushes unless a problem is fatal, never
 * throws, and returns whether it pushed. The functions keep their identity while `onError` does.
 */
export function useFlocktoryCart(options: FlocktoryCartOptions = {}): FlocktoryCart {
  const { onError } = options;
  return useMemo(() => {
    const bound: PushOptions = { onError };
    return {
      addToCart: (item) => addToCart(item, bound),
      removeFromCart: (item) => removeFromCart(item, bound),
      updateCart: (items) => updateCart(items, bound),
      attachToProfile: (data) => attachToProfile(data, bound),
    };
  }, [onError]);
}
