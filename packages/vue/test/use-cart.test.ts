/** useFlocktoryCart: the core's browser commands bound to the options, never throwing into a click handler. */
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';

import { useFlocktoryCart, type CartOptions, type UseFlocktoryCart } from '../src/index';
import { resetFlocktoryQueue } from './fixtures';

const pushes = () => ((window as unknown as { flocktory?: unknown[] }).flocktory ?? []) as unknown[];

beforeEach(() => {
  resetFlocktoryQueue();
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('flocktory-ssr.cart')];
});

/** The composable as a component's setup gets it. */
function cartIn(options?: CartOptions | (() => CartOptions)): UseFlocktoryCart {
  let cart!: UseFlocktoryCart;
  mount(
    defineComponent(() => {
      cart = useFlocktoryCart(options);
      return () => h('button');
    }),
  );
  return cart;
}

describe('useFlocktoryCart', () => {
  it("pushes each command's documented payload, normalized", () => {
    const cart = cartIn();
    expect(cart.addToCart({ id: 1, price: '1 200', count: 2, brand: 'Nike', categoryId: 5 })).toBe(true);
    expect(cart.removeFromCart({ id: '1', count: 1 })).toBe(true);
    expect(cart.updateCart([{ id: '1', price: 1200, count: 1 }])).toBe(true);
    expect(cart.attachToProfile({ tier: 'gold', visits: 3 })).toBe(true);
    expect(pushes()).toEqual([
      ['addToCart', { item: { id: '1', price: 1200, count: 2, brand: 'Nike', categoryId: '5' } }],
      ['removeFromCart', { item: { id: '1', count: 1 } }],
      ['updateCart', { cart: { items: [{ id: '1', price: 1200, count: 1 }] } }],
      ['attachToProfile', { data: { tier: 'gold', visits: '3' } }],
    ]);
  });

  it('reports to the onError it was given (read at each call, so a ref or getter follows changes) and pushes nothing for bad data', () => {
    const first = vi.fn();
    const second = vi.fn();
    const handler = ref(first);
    const cart = cartIn(() => ({ onError: handler.value }));
    expect(cart.addToCart({ id: '', price: 1, count: 1 })).toBe(false);
    handler.value = second;
    expect(cart.removeFromCart({ id: 'x', count: -1 })).toBe(false);
    expect(first).toHaveBeenCalledOnce();
    expect(first.mock.calls[0]![0]).toBeInstanceOf(FlocktoryValidationError);
    expect(second).toHaveBeenCalledOnce();
    expect(pushes()).toEqual([]);
  });

  it('never throws: not an object, a throwing getter, a throwing onError, a throwing queue', () => {
    const cart = cartIn({
      onError: () => {
        throw new Error('handler');
      },
    });
    const hostile = Object.defineProperty({}, 'id', {
      get() {
        throw new Error('getter');
      },
    });
    expect(cart.addToCart(hostile as never)).toBe(false);
    expect(cart.updateCart('cart' as never)).toBe(false);
    (window as unknown as { flocktory: unknown }).flocktory = {
      push() {
        throw new Error('queue');
      },
    };
    expect(cart.attachToProfile({ a: 'b' })).toBe(false);
    const throwingOptions = cartIn(() => {
      throw new Error('options');
    });
    expect(throwingOptions.removeFromCart({ id: 1, count: 1 })).toBe(false);
  });
});
