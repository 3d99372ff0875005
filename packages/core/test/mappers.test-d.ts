/** Type tests for the mappers and the bridge, checked by vitest's typecheck (tsc). */
import { describe, expectTypeOf, it } from 'vitest';
import type { FlocktoryOptions, PostcheckoutInput } from '../src/index';
import { bridgeDataLayer, type CartCommands } from '../src/bridge/index';
import type { addToCart, removeFromCart } from '../src/client';
import {
  fromDigitalData,
  fromGa4AddToCart,
  fromGa4Purchase,
  fromGa4RemoveFromCart,
  fromUaPurchase,
  type CartItemInput,
  type CartRemovalInput,
} from '../src/mappers/index';

declare const ecommerce: unknown;

describe('purchase mappers', () => {
  it("return the adapters' input, so it spreads into a component's props next to the options", () => {
    expectTypeOf(fromGa4Purchase(ecommerce, { email: 'a@b.co' })).toEqualTypeOf<PostcheckoutInput>();
    expectTypeOf(fromUaPurchase(ecommerce, { phone: '+7 999' })).toEqualTypeOf<PostcheckoutInput>();
    expectTypeOf(fromDigitalData(ecommerce)).toEqualTypeOf<PostcheckoutInput>();
    const props = { ...fromGa4Purchase(ecommerce, { id: 42 }), spot: 'desktop', nonce: 'abc', mode: 'safe' as const };
    expectTypeOf(props).toExtend<PostcheckoutInput & FlocktoryOptions>();
  });

  it('the user argument is our user input: an email, a phone or an id is required', () => {
    // @ts-expect-error no email, phone or id
    fromGa4Purchase(ecommerce, { name: 'Анна' });
    // @ts-expect-error mapper options are mode and onError only
    fromGa4Purchase(ecommerce, { email: 'a@b.co' }, { nonce: 'abc' });
  });
});

describe('cart', () => {
  it('items are what addToCart and removeFromCart take', () => {
    expectTypeOf(fromGa4AddToCart(ecommerce)).toEqualTypeOf<CartItemInput[]>();
    expectTypeOf<Parameters<typeof addToCart>[0]>().toEqualTypeOf<CartItemInput>();
    expectTypeOf(fromGa4RemoveFromCart(ecommerce)).toEqualTypeOf<CartRemovalInput[]>();
    expectTypeOf<Parameters<typeof removeFromCart>[0]>().toEqualTypeOf<CartRemovalInput>();
  });

  it("the bridge takes any functions shaped like the client entry's cart commands", () => {
    type Item = { id: string | number; price?: number | string; count: number | string; brand?: string; categoryId?: string };
    const client = {
      addToCart: (item: Item, options?: FlocktoryOptions): boolean => !!item && !!options,
      removeFromCart: (item: { id: string | number; count: number | string }, options?: FlocktoryOptions): boolean => !!item && !!options,
    };
    expectTypeOf(client).toExtend<CartCommands>();
    expectTypeOf(bridgeDataLayer([], { commands: client })).toEqualTypeOf<() => void>();
  });
});
