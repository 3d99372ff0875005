// @vitest-environment jsdom
/** useFlocktoryCart in a real client render: bound commands that push, report and never throw. */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { FlocktoryValidationError } from '@flocktory-ssr/core';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useFlocktoryCart, type FlocktoryCart, type FlocktoryCartOptions } from '../src';

type Page = { flocktory?: unknown } & Record<symbol, unknown>;
const page = window as unknown as Page;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
const seen: FlocktoryCart[] = [];

function Probe(options: FlocktoryCartOptions) {
  seen.push(useFlocktoryCart(options));
  const [, rerender] = useState(0);
  return <button onClick={() => rerender((n) => n + 1)} />;
}

beforeEach(() => {
  delete page.flocktory;
  delete page[Symbol.for('flocktory-ssr.cart')];
  seen.length = 0;
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

it('pushes each command with the documented payload', () => {
  act(() => root.render(<Probe />));
  const cart = seen[0]!;
  expect(cart.addToCart({ id: 'A', price: '1 200', count: 2, brand: 'Nike', categoryId: 5 })).toBe(true);
  expect(cart.removeFromCart({ id: 'A', count: 1 })).toBe(true);
  expect(cart.updateCart([{ id: 'A', price: 1200, count: 1 }])).toBe(true);
  expect(cart.attachToProfile({ tier: 'gold', points: 10, vip: true })).toBe(true);
  expect(page.flocktory).toEqual([
    ['addToCart', { item: { id: 'A', price: 1200, count: 2, brand: 'Nike', categoryId: '5' } }],
    ['removeFromCart', { item: { id: 'A', count: 1 } }],
    ['updateCart', { cart: { items: [{ id: 'A', price: 1200, count: 1 }] } }],
    ['attachToProfile', { data: { tier: 'gold', points: '10', vip: 'true' } }],
  ]);
});

it('bad input goes to onError, nothing is pushed, nothing throws, whatever the mode', () => {
  const errors: FlocktoryValidationError[] = [];
  act(() => root.render(<Probe mode="strict" onError={(error) => errors.push(error)} />));
  const cart = seen[0]!;
  expect(cart.addToCart({ id: 'A', count: 0 } as never)).toBe(false);
  expect(cart.removeFromCart(null as never)).toBe(false);
  expect(cart.updateCart('nope' as never)).toBe(false);
  expect(cart.attachToProfile({})).toBe(false);
  expect(page.flocktory).toBeUndefined();
  expect(errors.map((error) => error.issues[0]!.path)).toEqual(['item.count', 'item', 'cart.items', 'data']);
});

it('a throwing onError does not throw into the click handler', () => {
  act(() =>
    root.render(
      <Probe
        onError={() => {
          throw new Error('handler');
        }}
      />,
    ),
  );
  expect(seen[0]!.addToCart({ id: '', count: 1 } as never)).toBe(false);
});

it('keeps the same functions while onError is the same', () => {
  const onError = vi.fn();
  act(() => root.render(<Probe onError={onError} />));
  act(() => root.render(<Probe onError={onError} />));
  expect(seen[1]).toBe(seen[0]);
  const other = vi.fn();
  act(() => root.render(<Probe onError={other} />));
  expect(seen[2]).not.toBe(seen[0]);
  seen[2]!.addToCart({ id: '', count: 1 } as never);
  expect(other).toHaveBeenCalledOnce();
  expect(onError).not.toHaveBeenCalled();
});
