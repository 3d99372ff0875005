// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addToCart, attachToProfile, type FlocktoryValidationError, removeFromCart, updateCart } from '../src/client';
import { buildUpdateCart } from '../src/index';
import { lines } from './helpers/command';

type PageWindow = Window & { flocktory?: unknown };

const queue = () => (window as PageWindow).flocktory;
/** The pushes as JSON, so key order counts. */
const pushed = () => JSON.stringify(queue());

function reporter() {
  const onError = vi.fn<(error: FlocktoryValidationError) => void>();
  return { onError, issues: () => onError.mock.calls.map(([error]) => lines(error.issues)) };
}

beforeEach(() => {
  delete (window as PageWindow).flocktory;
  for (const key of [Symbol.for('flocktory-ssr.cart')]) delete (window as unknown as Record<symbol, unknown>)[key];
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('addToCart / removeFromCart', () => {
  it('push the documented shapes, normalized (count is the delta)', () => {
    expect(addToCart({ id: 123, price: '1 200', count: '1', brand: ' Nike ', categoryId: 7 })).toBe(true);
    expect(removeFromCart({ id: '124', count: 2 })).toBe(true);
    expect(pushed()).toBe(
      JSON.stringify([
        ['addToCart', { item: { id: '123', price: 1200, count: 1, brand: 'Nike', categoryId: '7' } }],
        ['removeFromCart', { item: { id: '124', count: 2 } }],
      ]),
    );
  });

  it("the docs' minimal add: id, price, count", () => {
    addToCart({ id: '123', price: 1200, count: 1 });
    expect(pushed()).toBe(JSON.stringify([['addToCart', { item: { id: '123', price: 1200, count: 1 } }]]));
  });

  it('a bad call reports every problem, pushes nothing and returns false', () => {
    const { onError, issues } = reporter();
    expect(addToCart({ id: '', count: 0 } as never, { onError })).toBe(false);
    expect(removeFromCart({ id: 1 } as never, { onError })).toBe(false);
    expect(issues()).toEqual([['item.id required fatal', 'item.count invalid_count fatal'], ['item.count required fatal']]);
    expect(queue()).toBeUndefined();
  });

  it('a bad optional field is reported and dropped; the rest is pushed', () => {
    const { onError, issues } = reporter();
    expect(addToCart({ id: 1, count: 1, price: 'free', color: 'red' } as never, { onError })).toBe(true);
    expect(issues()).toEqual([['item.color unknown_key dropped', 'item.price invalid_price dropped']]);
    expect(pushed()).toBe(JSON.stringify([['addToCart', { item: { id: '1', count: 1 } }]]));
  });

  it('reports to console.error by default (one line naming each path), and survives a throwing onError', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(addToCart(null as never)).toBe(false);
    expect(consoleError).toHaveBeenCalledOnce();
    expect(consoleError.mock.calls[0]).toEqual(['Invalid Flocktory data: item: required']);
    const onError = () => {
      throw new Error('logger down');
    };
    expect(addToCart(null as never, { onError })).toBe(false);
  });

  it('never throws into the click handler, whatever it is given', () => {
    const onError = vi.fn();
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true }), (input) => {
        for (const command of [addToCart, removeFromCart, updateCart, attachToProfile]) {
          expect(typeof (command as (value: unknown, options: object) => boolean)(input, { onError })).toBe('boolean');
        }
      }),
      { numRuns: 300 },
    );
    const getter = {
      id: 1,
      get count(): number {
        throw new Error('boom');
      },
    };
    expect(addToCart(getter, { onError })).toBe(false);
    expect(lines((onError.mock.calls.at(-1)![0] as FlocktoryValidationError).issues)).toEqual([' unreadable fatal']);
  });

  it("pushes into Flocktory's object once the loader replaced the queue; a push that throws is reported", () => {
    const received: unknown[] = [];
    (window as PageWindow).flocktory = { push: (command: unknown) => received.push(command) };
    expect(removeFromCart({ id: 1, count: 1 })).toBe(true);
    expect(received).toEqual([['removeFromCart', { item: { id: '1', count: 1 } }]]);
    (window as PageWindow).flocktory = {
      push: () => {
        throw new Error('loader bug');
      },
    };
    const { onError, issues } = reporter();
    expect(removeFromCart({ id: 1, count: 1 }, { onError })).toBe(false);
    expect(issues()).toEqual([[' push_failed fatal']]);
  });
});

describe('updateCart', () => {
  const cart = [
    { id: 1, price: 100, count: 2 },
    { id: 2, price: '50,5', count: 1 },
  ];
  const snapshot = {
    cart: {
      items: [
        { id: '1', price: 100, count: 2 },
        { id: '2', price: 50.5, count: 1 },
      ],
    },
  };

  it('pushes the whole cart; the same snapshot again is skipped, a changed one is pushed', () => {
    expect(updateCart(cart)).toBe(true);
    expect(updateCart(cart)).toBe(false);
    expect(updateCart([])).toBe(true);
    expect(updateCart(cart)).toBe(true);
    expect(pushed()).toBe(
      JSON.stringify([
        ['updateCart', snapshot],
        ['updateCart', { cart: { items: [] } }],
        ['updateCart', snapshot],
      ]),
    );
  });

  it("after addToCart or removeFromCart the same snapshot is pushed again (Flocktory's cart changed)", () => {
    updateCart(cart);
    addToCart({ id: 3, count: 1 });
    expect(updateCart(cart)).toBe(true);
    removeFromCart({ id: 1, count: 1 });
    expect(updateCart(cart)).toBe(true);
    expect((queue() as unknown[]).map((entry) => (entry as [string])[0])).toEqual([
      'updateCart',
      'addToCart',
      'updateCart',
      'removeFromCart',
      'updateCart',
    ]);
  });

  it("shares the record with the server's inline script: a cart the page already pushed is not pushed again", () => {
    new Function(buildUpdateCart(cart, { mode: 'strict' })!.code)();
    expect(updateCart(cart)).toBe(false);
    expect(pushed()).toBe(JSON.stringify([['updateCart', snapshot]]));
  });

  it('one bad line sends nothing', () => {
    const { onError, issues } = reporter();
    expect(updateCart([...cart, { id: 3, price: -1, count: 1 }], { onError })).toBe(false);
    expect(issues()).toEqual([['cart.items[2].price invalid_price fatal']]);
    expect(queue()).toBeUndefined();
  });
});

describe('attachToProfile', () => {
  it('pushes flat string values', () => {
    expect(attachToProfile({ tier: ' gold ', orders: 12, vip: true, big: 10n ** 20n, skipped: null })).toBe(true);
    expect(pushed()).toBe(
      JSON.stringify([['attachToProfile', { data: { tier: 'gold', orders: '12', vip: 'true', big: '100000000000000000000' } }]]),
    );
  });

  it('drops nested and unusable values with an issue; nothing left is fatal', () => {
    const { onError, issues } = reporter();
    expect(attachToProfile({ tier: 'gold', address: { city: 'X' } as never, score: NaN }, { onError })).toBe(true);
    expect(attachToProfile({ segment: ['a'] } as never, { onError })).toBe(false);
    expect(attachToProfile(JSON.parse('{"__proto__": "x", "a b": "ok"}'), { onError })).toBe(true);
    expect(issues()).toEqual([
      ['data.address invalid_type dropped', 'data.score invalid_type dropped'],
      ['data.segment invalid_type dropped', 'data empty_data fatal'],
      ['data.__proto__ forbidden_key dropped'],
    ]);
    expect(pushed()).toBe(
      JSON.stringify([
        ['attachToProfile', { data: { tier: 'gold' } }],
        ['attachToProfile', { data: { 'a b': 'ok' } }],
      ]),
    );
  });
});
