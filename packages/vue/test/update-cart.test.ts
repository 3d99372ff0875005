/**
 * FlocktoryUpdateCart: the server HTML holds the core's inline script (html's renderUpdateCart
 * bytes: conformance compares them), which pushes while the page is parsed; once mounted the
 * component pushes the cart itself exactly once when no server script did (client-only mount,
 * client navigation, a script a CSP blocked), and never creates a script element in the browser.
 */
import { buildUpdateCart } from '@flocktory-ssr/core';
import { scriptsOf } from '@flocktory-ssr/test-support';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createApp, createSSRApp, h, nextTick, ref } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { FlocktoryUpdateCart, useFlocktoryCart } from '../src/index';
import { resetFlocktoryQueue } from './fixtures';
import { HOSTILE_ATTRS } from './marker-cases';
import { loadServerPage } from './server-page';

const CART = [
  { id: 'sku-1', price: 1200, count: 1 },
  { id: 'sku-"2"</script>', price: '2 999,50', count: '2' },
];
const pushes = () => ((window as unknown as { flocktory?: unknown[] }).flocktory ?? []) as [string, unknown][];
const updateCartPushes = () => pushes().filter(([command]) => command === 'updateCart');

let warn: MockInstance;
beforeEach(() => {
  resetFlocktoryQueue();
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('flocktory-ssr.cart')];
  document.body.innerHTML = '';
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  vi.restoreAllMocks();
});

const Cart = () => () => h('main', [h('h1', 'Cart'), h(FlocktoryUpdateCart, { ...HOSTILE_ATTRS, items: CART, nonce: 'bm9uY2U=' })]);

describe('FlocktoryUpdateCart on the server', () => {
  it("renders one script with the core's code, our two attributes only, whatever v-bind adds", async () => {
    const html = await renderToString(createSSRApp(Cart()));
    const [script, ...rest] = scriptsOf(html, 'fragment');
    expect(rest).toEqual([]);
    expect(script!.names).toEqual(['data-flocktory', 'nonce']);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'update-cart', nonce: 'bm9uY2U=' });
    expect(script!.text).toBe(buildUpdateCart(CART)!.code);
    expect(html).not.toContain('evil');
  });

  it('safe mode: an unusable line renders nothing and is reported; strict mode throws', async () => {
    const onError = vi.fn();
    const bad = [{ id: 1, count: 1 }] as never[];
    expect(
      scriptsOf(await renderToString(createSSRApp(() => h(FlocktoryUpdateCart, { items: bad, mode: 'safe', onError }))), 'fragment'),
    ).toEqual([]);
    expect(onError).toHaveBeenCalledOnce();
    await expect(renderToString(createSSRApp(() => h(FlocktoryUpdateCart, { items: bad, mode: 'strict' })))).rejects.toMatchObject({
      issues: [{ path: 'cart.items[0].price' }],
    });
  });
});

describe('FlocktoryUpdateCart in the browser', () => {
  it('hydration: the server script ran, so nothing more is pushed, and its element is adopted without a warning', async () => {
    const container = await loadServerPage(Cart);
    const server = container.querySelector('script');
    expect(updateCartPushes()).toHaveLength(1);
    const app = createSSRApp(Cart());
    app.mount(container);
    await nextTick();
    expect(warn.mock.calls).toEqual([]);
    expect(container.querySelector('script')).toBe(server);
    expect(updateCartPushes()).toEqual([['updateCart', buildUpdateCart(CART)!.data]]);
    app.unmount();
  });

  it('a server script a CSP blocked: pushed once after hydration', async () => {
    const container = await loadServerPage(Cart, { blocked: true });
    const app = createSSRApp(Cart());
    app.mount(container);
    await nextTick();
    expect(updateCartPushes()).toEqual([['updateCart', buildUpdateCart(CART)!.data]]);
    app.unmount();
  });

  it('client-only mount (client navigation): pushed once, no script element; re-render and remount push nothing more', async () => {
    const show = ref(true);
    const tick = ref(0);
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp(() => h('div', [String(tick.value), show.value ? h(FlocktoryUpdateCart, { items: CART }) : null]));
    app.mount(host);
    await nextTick();
    expect(updateCartPushes()).toEqual([['updateCart', buildUpdateCart(CART)!.data]]);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    tick.value++;
    await nextTick();
    show.value = false;
    await nextTick();
    show.value = true;
    await nextTick();
    expect(updateCartPushes()).toHaveLength(1);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    app.unmount();
  });

  it('after a cart change (addToCart) the cart page, mounted again, sends the whole cart again', async () => {
    const host = document.createElement('div');
    const first = createApp(() => h(FlocktoryUpdateCart, { items: CART }));
    first.mount(host);
    first.unmount();
    createApp(() => null).runWithContext(() => useFlocktoryCart().addToCart({ id: 'sku-1', price: 1200, count: 1 }));
    const second = createApp(() => h(FlocktoryUpdateCart, { items: CART }));
    second.mount(host);
    await nextTick();
    expect(pushes().map(([command]) => command)).toEqual(['updateCart', 'addToCart', 'updateCart']);
    second.unmount();
  });

  it('safe mode: an unusable cart is reported once (not again by the push) and nothing is pushed', async () => {
    const onError = vi.fn();
    const app = createApp(() => h(FlocktoryUpdateCart, { items: [{ id: 1, price: 'free', count: 1 }], mode: 'safe', onError }));
    app.mount(document.createElement('div'));
    await nextTick();
    expect(onError).toHaveBeenCalledOnce();
    expect(pushes()).toEqual([]);
    app.unmount();
  });
});
