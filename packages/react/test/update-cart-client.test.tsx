// @vitest-environment jsdom
/**
 * <FlocktoryUpdateCart> in the browser: the server HTML's inline script pushes the cart while the
 * page is parsed and hydration adds nothing; a script a CSP blocked is made up for once; on a
 * client-only mount (client-side navigation) it renders no script and pushes exactly once per mount.
 */
import { act, StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { addToCart } from '@flocktory-ssr/core/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { FlocktoryUpdateCart } from '../src';

type Page = { flocktory?: unknown[] } & Record<symbol, unknown>;
const page = window as unknown as Page;
const pushes = () => page.flocktory ?? [];
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CART = [
  { id: 'SKU-1', price: '1 200', count: 1 },
  { id: 2, price: 99.5, count: '2' },
];
const PUSHED = [
  'updateCart',
  {
    cart: {
      items: [
        { id: 'SKU-1', price: 1200, count: 1 },
        { id: '2', price: 99.5, count: 2 },
      ],
    },
  },
];
const OTHER_CART = [{ id: 'SKU-9', price: 5, count: 1 }];

let container: HTMLElement;
let root: Root | undefined;
let errors: MockInstance;

beforeEach(() => {
  delete page.flocktory;
  delete page[Symbol.for('flocktory-ssr.cart')];
  container = document.createElement('div');
  document.body.append(container);
  errors = vi.spyOn(console, 'error');
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  // React reports hydration mismatches and scripts it creates on the client with console.error.
  expect(errors.mock.calls).toEqual([]);
  errors.mockRestore();
});

const scripts = () => Array.from(container.querySelectorAll('script'));

/** What the browser does with server HTML: parse it and run the inline scripts, unless a CSP blocked them. */
function loadServerHtml(node: ReactNode, { blocked = false } = {}): void {
  container.innerHTML = renderToString(node);
  if (!blocked) for (const script of scripts()) new Function(script.textContent ?? '')();
}

function mount(node: ReactNode, hydrate = false): void {
  act(() => {
    if (hydrate) root = hydrateRoot(container, node);
    else (root = createRoot(container)).render(node);
  });
}

const rerender = (node: ReactNode) => act(() => root!.render(node));

describe('server HTML, then hydration', () => {
  it('the inline script pushes the cart once; hydration keeps the element and pushes nothing more', () => {
    const node = <FlocktoryUpdateCart items={CART} mode="strict" />;
    loadServerHtml(node);
    expect(pushes()).toEqual([PUSHED]);
    mount(node, true);
    expect(pushes()).toEqual([PUSHED]);
    expect(scripts()).toHaveLength(1);
    expect(scripts()[0]!.getAttribute('data-flocktory')).toBe('update-cart');
  });

  it('with a nonce the browser hid from the DOM: no hydration mismatch', () => {
    const node = <FlocktoryUpdateCart items={CART} nonce="bm9uY2U=" mode="strict" />;
    loadServerHtml(node);
    const script = scripts()[0]!;
    expect(script.getAttribute('nonce')).toBe('bm9uY2U=');
    script.setAttribute('nonce', '');
    mount(node, true);
    expect(pushes()).toEqual([PUSHED]);
  });

  it('a script a CSP blocked is made up for, once', () => {
    const node = <FlocktoryUpdateCart items={CART} mode="strict" />;
    loadServerHtml(node, { blocked: true });
    expect(pushes()).toEqual([]);
    mount(node, true);
    expect(pushes()).toEqual([PUSHED]);
  });
});

describe('client-only mount (client-side navigation to the cart page)', () => {
  it('renders no script and pushes once', () => {
    mount(<FlocktoryUpdateCart items={CART} mode="strict" />);
    expect(scripts()).toEqual([]);
    expect(pushes()).toEqual([PUSHED]);
  });

  it('pushes once under StrictMode double effects', () => {
    mount(
      <StrictMode>
        <FlocktoryUpdateCart items={CART} mode="strict" />
      </StrictMode>,
    );
    expect(pushes()).toEqual([PUSHED]);
  });

  it('pushes once per mount: re-rendering with another cart is not a new push (the shop sends cart events)', () => {
    mount(<FlocktoryUpdateCart items={CART} mode="strict" />);
    rerender(<FlocktoryUpdateCart items={OTHER_CART} mode="strict" />);
    expect(pushes()).toEqual([PUSHED]);
    expect(scripts()).toEqual([]);
  });

  it('a new mount after a cart change pushes the cart again', () => {
    mount(<FlocktoryUpdateCart items={CART} mode="strict" />);
    act(() => root!.unmount());
    root = undefined;
    addToCart({ id: 'SKU-1', price: 1200, count: 1 });
    mount(<FlocktoryUpdateCart items={CART} mode="strict" />);
    expect(pushes().map((command) => (command as unknown[])[0])).toEqual(['updateCart', 'addToCart', 'updateCart']);
  });

  it('safe mode: a cart that cannot be sent renders nothing and pushes nothing', () => {
    const onError = vi.fn();
    mount(<FlocktoryUpdateCart items={[{ id: 1, count: 1 } as never]} mode="safe" onError={onError} />);
    expect(pushes()).toEqual([]);
    expect(onError).toHaveBeenCalledOnce();
  });
});
