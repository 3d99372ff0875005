// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeDataLayer, type CartCommands } from '../src/bridge/index';
import { updateCart } from '../src/client';
import { FlocktoryValidationError, type FlocktoryIssue } from '../src/index';
import { HOSTILE_STRINGS } from './helpers/hostile';
import { summary } from './helpers/mapped';

type Page = Window & { flocktory?: unknown; dataLayer?: unknown[] };
const page = window as Page;

/** What `gtag('event', name, params)` pushes: its `arguments` object. */
function gtag(...args: unknown[]): IArguments {
  const collect: (...values: unknown[]) => IArguments = function () {
    return arguments;
  };
  return collect(...args);
}

const ga4Add = (id: string, quantity = 1) => ({
  event: 'add_to_cart',
  ecommerce: { currency: 'RUB', value: 100, items: [{ item_id: id, price: 100, quantity }] },
});
const ga4Remove = (id: string) => ({ event: 'remove_from_cart', ecommerce: { items: [{ item_id: id, quantity: 1 }] } });
const add = (id: string, count = 1) => ['addToCart', { item: { id, price: 100, count } }];

/** Everything the page pushed to Flocktory. */
const pushed = () => page.flocktory;

let errors: FlocktoryIssue[][];
const onError = (error: FlocktoryValidationError) => {
  expect(error).toBeInstanceOf(FlocktoryValidationError);
  errors.push([...error.issues]);
};
const stops: (() => void)[] = [];
/** Starts a bridge that the test's end stops. */
function bridge(layer: unknown[] | undefined, options: Parameters<typeof bridgeDataLayer>[1] = { onError }) {
  const stop = bridgeDataLayer(layer, options);
  stops.push(stop);
  return stop;
}

beforeEach(() => {
  delete page.flocktory;
  delete (page as unknown as Record<symbol, unknown>)[Symbol.for('flocktory-ssr.cart')];
  errors = [];
  document.body.innerHTML = '';
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('bridgeDataLayer', () => {
  it('forwards cart events pushed before it started and after, each once, in order', () => {
    const dataLayer: unknown[] = [{ 'gtm.start': 1, event: 'gtm.js' }, ga4Add('A')];
    bridge(dataLayer);
    expect(pushed()).toEqual([add('A')]);
    // Our push is not enumerable, like the array's own: readers of the array see only entries.
    expect(Object.keys(dataLayer)).toEqual(['0', '1']);
    dataLayer.push({ event: 'page_view' }, ga4Remove('A'));
    dataLayer.push(ga4Add('B', 3));
    expect(pushed()).toEqual([add('A'), ['removeFromCart', { item: { id: 'A', count: 1 } }], add('B', 3)]);
    // A library that replays the array through push: the same event objects are not forwarded again.
    dataLayer.push(...dataLayer.slice());
    expect(pushed()).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it("reads every shape the shop's analytics pushes: gtag arguments, GTM GA4 events, UA / Metrica objects with or without event", () => {
    const dataLayer: unknown[] = [];
    bridge(dataLayer);
    dataLayer.push(gtag('event', 'add_to_cart', { currency: 'RUB', items: [{ item_id: 'G', item_brand: 'Луч', quantity: 2 }] }));
    dataLayer.push({
      ecommerce: { currencyCode: 'RUB', add: { products: [{ id: 'M', name: 'Чайник', price: 2390, category: 'Кухня', quantity: 1 }] } },
    });
    dataLayer.push({ event: 'removeFromCart', ecommerce: { remove: { products: [{ id: 'M', quantity: 1 }] } } });
    expect(pushed()).toEqual([
      ['addToCart', { item: { id: 'G', count: 2, brand: 'Луч' } }],
      ['addToCart', { item: { id: 'M', price: 2390, count: 1, categoryId: 'Кухня' } }],
      ['removeFromCart', { item: { id: 'M', count: 1 } }],
    ]);
  });

  it('never forwards a purchase, in any shape, nor a view or anything else', () => {
    const items = [{ item_id: 'A', price: 1, quantity: 1 }];
    const dataLayer: unknown[] = [{ event: 'purchase', ecommerce: { transaction_id: 'T1', value: 1, items } }];
    bridge(dataLayer);
    dataLayer.push(gtag('event', 'purchase', { transaction_id: 'T2', value: 1, items }));
    dataLayer.push({
      event: 'purchase',
      ecommerce: { purchase: { actionField: { id: 'T3', revenue: 1 }, products: [{ id: 'A', price: 1, quantity: 1 }] } },
    });
    dataLayer.push(
      { event: 'view_item', ecommerce: { items } },
      { ecommerce: { detail: { products: [{ id: 'A' }] } } },
      { ecommerce: null },
      'text',
      42,
      null,
    );
    dataLayer.push(gtag('config', 'G-XXXX'), gtag('event', 'begin_checkout', { items }));
    expect(pushed()).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('a second start changes nothing and returns the same stop function', () => {
    const dataLayer: unknown[] = [ga4Add('A')];
    const first = bridge(dataLayer);
    const push = dataLayer.push;
    const second = bridge(dataLayer, {
      onError,
      commands: {
        addToCart: () => {
          throw new Error('not these');
        },
        removeFromCart: () => {},
      },
    });
    expect(second).toBe(first);
    expect(dataLayer.push).toBe(push);
    dataLayer.push(ga4Add('B'));
    expect(pushed()).toEqual([add('A'), add('B')]);
    expect(errors).toEqual([]);
  });

  it("keeps push's return value, and GTM-style wrappers before and after it keep working", () => {
    const dataLayer: unknown[] = [];
    const seenByEarly: unknown[] = [];
    const seenByLate: unknown[] = [];
    // A wrapper like GTM's: calls the push it replaced, processes the entries, returns its own value.
    const wrap = (seen: unknown[], value: unknown) => {
      const previous = dataLayer.push;
      dataLayer.push = function (this: unknown, ...entries: unknown[]) {
        previous.apply(this, entries);
        seen.push(...entries);
        return value;
      } as typeof dataLayer.push;
    };
    wrap(seenByEarly, 'early');
    bridge(dataLayer);
    expect(dataLayer.push(ga4Add('A'))).toBe('early');
    wrap(seenByLate, 'late');
    expect(dataLayer.push(ga4Add('B'))).toBe('late');
    expect(seenByEarly).toEqual([ga4Add('A'), ga4Add('B')]);
    expect(seenByLate).toEqual([ga4Add('B')]);
    expect([...dataLayer]).toEqual([ga4Add('A'), ga4Add('B')]);
    expect(pushed()).toEqual([add('A'), add('B')]);
  });

  it('stop: push is restored; under a later wrapper ours passes through; a restart forwards what came meanwhile, once', () => {
    const dataLayer: unknown[] = [];
    const stop = bridge(dataLayer);
    stop();
    expect(Object.hasOwn(dataLayer, 'push')).toBe(false);
    expect(dataLayer.push(ga4Add('A'))).toBe(1);
    expect(pushed()).toBeUndefined();

    const restart = bridge(dataLayer);
    expect(pushed()).toEqual([add('A')]);
    const wrapped = dataLayer.push;
    dataLayer.push = function (this: unknown, ...entries: unknown[]) {
      return wrapped.apply(this, entries);
    } as typeof dataLayer.push;
    restart();
    stop(); // a stale stop function from before the restart: nothing to do
    dataLayer.push(ga4Add('B'));
    expect(pushed()).toEqual([add('A')]);
    bridge(dataLayer);
    dataLayer.push(ga4Add('C'));
    expect(pushed()).toEqual([add('A'), add('B'), add('C')]);
  });

  it("a bad event is reported with its dataLayer path, never thrown; the push and the event's good items still go", () => {
    const dataLayer: unknown[] = [{ event: 'gtm.js' }];
    bridge(dataLayer);
    const bad = {
      event: 'add_to_cart',
      ecommerce: {
        items: [
          { item_name: 'Без артикула', quantity: 1 },
          { item_id: 'OK', quantity: 2 },
          { item_id: 'Z', quantity: 0 },
        ],
      },
    };
    expect(() => dataLayer.push(bad)).not.toThrow();
    expect(dataLayer).toHaveLength(2);
    expect(pushed()).toEqual([['addToCart', { item: { id: 'OK', count: 2 } }]]);
    expect(errors.map(summary)).toEqual([
      [
        { path: 'dataLayer[1].ecommerce.items[0].item_id', code: 'required', fatal: true },
        { path: 'dataLayer[1].ecommerce.items[2].quantity', code: 'invalid_count', fatal: true },
      ],
    ]);

    dataLayer.push(gtag('event', 'remove_from_cart', { items: 'SKU-1' }));
    dataLayer.push({ event: 'addToCart', ecommerce: {} });
    const getter = { event: 'add_to_cart' };
    Object.defineProperty(getter, 'ecommerce', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    dataLayer.push(getter);
    expect(errors.slice(1).map(summary)).toEqual([
      [{ path: 'dataLayer[2][2].items', code: 'invalid_type', fatal: true }],
      [{ path: 'dataLayer[3].ecommerce.add', code: 'required', fatal: true }],
      [{ path: 'dataLayer[4]', code: 'unreadable', fatal: true }],
    ]);
  });

  it("a throwing onError or command, or no console at all, never reaches the shop's push", () => {
    const dataLayer: unknown[] = [];
    const commands: CartCommands = {
      addToCart: () => {
        throw new Error('down');
      },
      removeFromCart: () => true,
    };
    bridge(dataLayer, {
      commands,
      onError: () => {
        throw new Error('handler');
      },
    });
    expect(dataLayer.push(ga4Add('A'))).toBe(1);
    const console = vi.spyOn(globalThis, 'console', 'get').mockReturnValue(undefined as never);
    try {
      stops.pop()!();
      bridge(dataLayer, { commands });
      expect(() => dataLayer.push(ga4Add('B'))).not.toThrow();
    } finally {
      console.mockRestore();
    }
  });

  it('reports problems to console.error by default (one line), and passes commands the same handler', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const calls: unknown[] = [];
      const commands: CartCommands = {
        addToCart: (item, options) => {
          calls.push(item);
          options.onError(
            new FlocktoryValidationError([{ path: 'item.price', code: 'invalid_price', message: 'invalid price', fatal: false }]),
          );
        },
        removeFromCart: () => {},
      };
      bridge([ga4Add('A')], { commands });
      expect(calls).toEqual([{ id: 'A', price: 100, count: 1 }]);
      expect(error.mock.calls).toEqual([['Invalid Flocktory data: item.price: invalid price']]);
    } finally {
      error.mockRestore();
    }
  });

  it('no dataLayer: reported, and the stop function does nothing', () => {
    const stop = bridge(undefined);
    expect(summary(errors[0]!)).toEqual([{ path: 'dataLayer', code: 'required', fatal: true }]);
    expect(() => stop()).not.toThrow();
    bridge({} as never);
    expect(summary(errors[1]!)).toEqual([{ path: 'dataLayer', code: 'invalid_type', fatal: true }]);
  });

  it('default commands: a window.flocktory clobbered by an element named "flocktory" is replaced by a queue', () => {
    // What a browser's named access gives for <div id="flocktory"> (happy-dom has none).
    page.flocktory = document.createElement('div');
    bridge([ga4Add('A')]);
    expect(pushed()).toEqual([add('A')]);
  });

  it("default commands are core/client's: after a forwarded event, the same whole cart is sent again", () => {
    const cart = [{ id: 'A', price: 100, count: 1 }];
    expect(updateCart(cart)).toBe(true);
    expect(updateCart(cart)).toBe(false);
    bridge([ga4Add('A')]);
    expect(updateCart(cart)).toBe(true);
    expect(pushed()).toEqual([['updateCart', { cart: { items: cart } }], add('A'), ['updateCart', { cart: { items: cart } }]]);
  });

  it("default commands report their own problems to the bridge's onError", () => {
    page.flocktory = {
      push() {
        throw new Error('down');
      },
    };
    bridge([ga4Add('A')]);
    expect(summary(errors[0]!)).toEqual([{ path: '', code: 'push_failed', fatal: true }]);
  });

  it("hostile strings reach Flocktory's queue as the same data", () => {
    const dataLayer: unknown[] = [];
    bridge(dataLayer);
    for (const hostile of HOSTILE_STRINGS)
      dataLayer.push({
        event: 'add_to_cart',
        ecommerce: { items: [{ item_id: `a${hostile}z`, item_brand: `b${hostile}z`, quantity: 1 }] },
      });
    expect(pushed()).toEqual(
      HOSTILE_STRINGS.map((hostile) => ['addToCart', { item: { id: `a${hostile}z`, count: 1, brand: `b${hostile}z` } }]),
    );
    expect(errors).toEqual([]);
  });
});
