import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { updateCartDataFromCode } from '../src/client';
import { buildUpdateCart, type CartLineInput } from '../src/index';
import { expectOutcome } from './helpers/command';
import { HOSTILE_STRINGS } from './helpers/hostile';
import { expectInertScript } from './helpers/html';
import { runPushes } from './helpers/sandbox';

const cart: CartLineInput[] = [
  { id: '123', price: 1200, count: 1 },
  { id: 124, price: '2 999,50', count: '2' },
];
// What the docs' `window.flocktory.push(['updateCart', { cart: { items } }])` receives, by hand.
const pushed = {
  cart: {
    items: [
      { id: '123', price: 1200, count: 1 },
      { id: '124', price: 2999.5, count: 2 },
    ],
  },
};

/** Runs `code` in `context` (made with vm.createContext) and returns the context's window. */
function run(code: string, context: vm.Context): void {
  vm.runInContext(code, context, { timeout: 1000 });
}

describe('buildUpdateCart', () => {
  it('pushes the whole cart, normalized, and nothing else', () => {
    const snippet = expectOutcome(buildUpdateCart, cart, [])!;
    expect(snippet.data).toEqual(pushed);
    expect(runPushes(snippet.code)).toEqual([['updateCart', pushed]]);
    expect(updateCartDataFromCode(snippet.code)).toEqual(pushed);
  });

  it('an empty cart is a snapshot too', () => {
    expect(runPushes(buildUpdateCart([], { mode: 'strict' })!.code)).toEqual([['updateCart', { cart: { items: [] } }]]);
  });

  it('one unusable item sends nothing (a partial cart would remove products): id, price and count are required', () => {
    expectOutcome(
      buildUpdateCart,
      [
        { id: 1, price: 1, count: 1 },
        { id: 2, count: 0 },
      ],
      ['cart.items[1].price required fatal', 'cart.items[1].count invalid_count fatal'],
    );
    expectOutcome(buildUpdateCart, null, ['cart.items required fatal']);
    expectOutcome(buildUpdateCart, { items: [] }, ['cart.items invalid_type fatal']);
    expectOutcome(buildUpdateCart, [{ id: 1, price: 1, count: 1, title: 'x' }], ['cart.items[0].title unknown_key dropped']);
  });

  it('keeps the validated nonce, and refuses a bad one', () => {
    expect(buildUpdateCart(cart, { mode: 'strict', nonce: 'bm9uY2U=' })!.nonce).toBe('bm9uY2U=');
    expectOutcome((items, options) => buildUpdateCart(items as never, { ...options, nonce: '"><script>' }), cart, [
      'nonce invalid_nonce fatal',
    ]);
  });

  it('stays one inert script whatever the ids hold, and pushes them exactly', () => {
    for (const text of HOSTILE_STRINGS) {
      const snippet = buildUpdateCart([{ id: `a${text}z`, price: 1, count: 1 }], { mode: 'strict' })!;
      expectInertScript(snippet.code);
      expect(runPushes(snippet.code)).toEqual([['updateCart', { cart: { items: [{ id: `a${text}z`.trim(), price: 1, count: 1 }] } }]]);
    }
  });

  it('runs once per snapshot on a page: the same cart again is skipped, a changed cart is pushed', () => {
    const window: Record<string, unknown> = {};
    const context = vm.createContext({ window });
    const first = buildUpdateCart(cart, { mode: 'strict' })!.code;
    const changed = buildUpdateCart(cart.slice(1), { mode: 'strict' })!.code;
    run(first, context);
    run(first, context);
    run(changed, context);
    run(first, context);
    expect((window.flocktory as unknown[]).map((entry) => JSON.stringify(entry))).toEqual([
      JSON.stringify(['updateCart', pushed]),
      JSON.stringify(['updateCart', { cart: { items: pushed.cart.items.slice(1) } }]),
      JSON.stringify(['updateCart', pushed]),
    ]);
  });

  it('never throws, and still delivers when window.flocktory is an element (DOM clobbering) or has no push', () => {
    const code = buildUpdateCart(cart, { mode: 'strict' })!.code;
    for (const clobbered of [{ tagName: 'IMG' }, { push: 'not a function' }, 0, '']) {
      const window: Record<string, unknown> = { flocktory: clobbered };
      run(code, vm.createContext({ window }));
      expect(JSON.stringify(window.flocktory)).toBe(JSON.stringify([['updateCart', pushed]]));
    }
    const hostile = vm.createContext({ window: {} });
    run('Object.defineProperty(window, "flocktory", { get() { throw new Error("no") } })', hostile);
    expect(() => run(code, hostile)).not.toThrow();
  });

  it("pushes into Flocktory's own object once its loader has replaced the queue", () => {
    const received: unknown[] = [];
    const window = { flocktory: { push: (command: unknown) => received.push(command) } };
    run(buildUpdateCart(cart, { mode: 'strict' })!.code, vm.createContext({ window }));
    expect(JSON.stringify(received)).toBe(JSON.stringify([['updateCart', pushed]]));
  });
});
