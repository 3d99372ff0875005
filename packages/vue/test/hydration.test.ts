import { resetLoaderScript, resetSentOrders } from '@flocktory-ssr/core/client';
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createApp, createSSRApp, defineComponent, h, nextTick, ref } from 'vue';

import { FlocktoryLoader, FlocktoryPostcheckout, useFlocktoryPostcheckout } from '../src/index';
import { order, pushedOrderIds, resetFlocktoryQueue } from './fixtures';
import { loadServerPage } from './server-page';

let warn: MockInstance;
let error: MockInstance;

beforeEach(() => {
  resetSentOrders();
  resetFlocktoryQueue();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  warn = vi.spyOn(console, 'warn');
  error = vi.spyOn(console, 'error');
});

afterEach(() => {
  vi.restoreAllMocks();
});

function expectNoWarnings(): void {
  expect(warn.mock.calls).toEqual([]);
  expect(error.mock.calls).toEqual([]);
}

const OUR_SCRIPT = 'script[data-flocktory="postcheckout"]';
const OUR_LOADER = 'script[data-flocktory="loader"]';

const show = ref(true);
const orderId = ref<string | number>(1);
const nonce = ref<string | undefined>(undefined);
const ThankYou = defineComponent(
  () => () =>
    h('div', [
      h(FlocktoryLoader, { siteId: 42, src: '/flocktory-stub/loader.js', nonce: nonce.value }),
      show.value
        ? h('main', [h('h1', 'Thanks'), h(FlocktoryPostcheckout, { ...order(orderId.value), nonce: nonce.value })])
        : h('p', 'home'),
    ]),
);

beforeEach(() => {
  show.value = true;
  orderId.value = 1;
  nonce.value = undefined;
});

describe('hydrating server HTML', () => {
  for (const variant of [
    { name: 'without nonce', nonce: undefined, hideNonce: false },
    { name: 'with nonce', nonce: 'n0nce', hideNonce: false },
    { name: 'with a nonce the browser hid', nonce: 'n0nce', hideNonce: true },
  ]) {
    it(`${variant.name}: no warnings, the server script is adopted, nothing pushed again`, async () => {
      nonce.value = variant.nonce;
      const container = await loadServerPage(() => ThankYou, { hideNonce: variant.hideNonce });
      expect(pushedOrderIds()).toEqual(['1']);
      const serverScript = container.querySelector(OUR_SCRIPT);
      const serverLoader = container.querySelector(OUR_LOADER);

      const app = createSSRApp(ThankYou);
      app.mount(container);
      await nextTick();

      expectNoWarnings();
      expect(container.querySelector(OUR_SCRIPT)).toBe(serverScript);
      expect(document.querySelectorAll(OUR_LOADER)).toHaveLength(1);
      expect(container.querySelector(OUR_LOADER)).toBe(serverLoader);
      expect(pushedOrderIds()).toEqual(['1']);
      app.unmount();
    });
  }

  it('a server script that never ran (a CSP blocked it) is adopted, and its order pushed once from JavaScript', async () => {
    const container = await loadServerPage(() => ThankYou, { blocked: true });
    expect(pushedOrderIds()).toEqual([]);
    const serverScript = container.querySelector(OUR_SCRIPT);
    const app = createSSRApp(ThankYou);
    app.mount(container);
    await nextTick();
    expectNoWarnings();
    expect(container.querySelector(OUR_SCRIPT)).toBe(serverScript);
    expect(pushedOrderIds()).toEqual(['1']);
    app.unmount();
  });

  it('order ids the HTML round trip would change (CR, NUL, lone surrogates): no mismatch, adopted, pushed once', async () => {
    for (const id of ['a\rb', 'a\r\nb', 'a\0b', 'a\ud800b', '\udfff', '"<script x>']) {
      resetSentOrders();
      resetFlocktoryQueue();
      document.body.innerHTML = '';
      orderId.value = id;
      const container = await loadServerPage(() => ThankYou);
      const serverScript = container.querySelector(OUR_SCRIPT);
      const app = createSSRApp(ThankYou);
      app.mount(container);
      await nextTick();
      expectNoWarnings();
      expect(container.querySelector(OUR_SCRIPT)).toBe(serverScript);
      expect(pushedOrderIds()).toEqual([id]);
      app.unmount();
    }
  });

  it('the same order id twice on a page: pushed once; other data under that id is reported, not sent', async () => {
    const onError = vi.fn();
    const second = ref(2999);
    const Page = defineComponent(() => () => {
      const other = order(5);
      return h('main', [
        h(FlocktoryPostcheckout, order(5)),
        h(FlocktoryPostcheckout, { ...other, order: { ...other.order, price: second.value }, onError }),
      ]);
    });
    const container = await loadServerPage(() => Page);
    const app = createSSRApp(Page);
    app.mount(container);
    await nextTick();
    expectNoWarnings();
    expect(pushedOrderIds()).toEqual(['5']);
    expect(onError).not.toHaveBeenCalled();
    app.unmount();

    resetSentOrders();
    resetFlocktoryQueue();
    document.body.innerHTML = '';
    second.value = 1;
    const other = await loadServerPage(() => Page);
    const again = createSSRApp(Page);
    again.mount(other);
    await nextTick();
    expect(pushedOrderIds()).toEqual(['5']);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(FlocktoryValidationError);
    expect((onError.mock.calls[0]![0] as FlocktoryValidationError).issues[0]).toMatchObject({ path: 'order.id', code: 'duplicate_order' });
    again.unmount();
  });

  it('window.flocktory clobbered by an element named "flocktory": the order is delivered, nothing throws', async () => {
    const form = document.createElement('form');
    form.setAttribute('name', 'flocktory');
    document.body.append(form);
    (window as unknown as { flocktory: unknown }).flocktory = form;
    const container = await loadServerPage(() => ThankYou, { blocked: true });
    const app = createSSRApp(ThankYou);
    app.mount(container);
    await nextTick();
    expectNoWarnings();
    expect(pushedOrderIds()).toEqual(['1']);
    app.unmount();
  });

  it('extra attributes bound onto the components hydrate without warnings and never reach the script', async () => {
    const Page = defineComponent(
      () => () => h('main', [h(FlocktoryPostcheckout, { ...order(1), class: 'x', 'data-extra': 'y', innerHTML: 'injected()' })]),
    );
    const container = await loadServerPage(() => Page);
    const app = createSSRApp(Page);
    app.mount(container);
    await nextTick();
    expectNoWarnings();
    const script = container.querySelector(OUR_SCRIPT)!;
    expect(script.getAttributeNames()).toEqual(['data-flocktory']);
    expect(script.textContent).not.toContain('injected');
    expect(pushedOrderIds()).toEqual(['1']);
    app.unmount();
  });

  it('navigating away and back keeps one push; a different order pushes from JS without a script element', async () => {
    const container = await loadServerPage(() => ThankYou);
    const app = createSSRApp(ThankYou);
    app.mount(container);
    await nextTick();
    show.value = false;
    await nextTick();
    expect(container.querySelector(OUR_SCRIPT)).toBeNull();
    show.value = true;
    await nextTick();
    expect(container.querySelector(OUR_SCRIPT)).toBeNull();
    orderId.value = 2;
    await nextTick();
    expect(pushedOrderIds()).toEqual(['1', '2']);
    expect(container.querySelectorAll(OUR_SCRIPT)).toHaveLength(0);
    expectNoWarnings();
    app.unmount();
  });

  it('a hydrated loader that goes away never comes back as a client-made script', async () => {
    const siteId = ref('42');
    const onError = vi.fn();
    const Page = defineComponent(() => () => h('div', [h(FlocktoryLoader, { siteId: siteId.value, mode: 'safe', onError })]));
    const container = await loadServerPage(() => Page);
    const serverLoader = container.querySelector(OUR_LOADER);
    expect(serverLoader).not.toBeNull();
    const app = createSSRApp(Page);
    app.mount(container);
    await nextTick();
    expect(container.querySelector(OUR_LOADER)).toBe(serverLoader);
    siteId.value = 'not a site id';
    await nextTick();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(container.querySelector(OUR_LOADER)).toBeNull();
    siteId.value = '43';
    await nextTick();
    expect(document.querySelectorAll(OUR_LOADER)).toHaveLength(0);
    expectNoWarnings();
    app.unmount();
  });

  it('the composable hydrates its Script without warnings or a second push', async () => {
    const Page = defineComponent(() => {
      const { Script } = useFlocktoryPostcheckout(order(3), { nonce: 'abc' });
      return () => h('main', [h('h1', 'Thanks'), h(Script)]);
    });
    const container = await loadServerPage(() => Page, { hideNonce: true });
    const app = createSSRApp(Page);
    app.mount(container);
    await nextTick();
    expectNoWarnings();
    expect(pushedOrderIds()).toEqual(['3']);
    app.unmount();
  });

  it('the warning spies work: a real mismatch (other order on the client) is reported', async () => {
    const container = await loadServerPage(() => ThankYou);
    orderId.value = 'other';
    const app = createSSRApp(ThankYou);
    app.mount(container);
    await nextTick();
    expect(warn.mock.calls.length + error.mock.calls.length).toBeGreaterThan(0);
    expect(pushedOrderIds()).toEqual(['1', 'other']);
    app.unmount();
  });
});

describe('FlocktoryLoader on a client-only mount', () => {
  it('never throws into the app when the page shadows document members (DOM clobbering)', async () => {
    resetLoaderScript();
    Object.defineProperty(document, 'querySelector', { value: document.createElement('form'), configurable: true });
    Object.defineProperty(document, 'scripts', { value: document.createElement('img'), configurable: true });
    const errors: unknown[] = [];
    const app = createApp(defineComponent(() => () => h('div', [h(FlocktoryLoader, { siteId: 7 })])));
    app.config.errorHandler = (caught) => void errors.push(caught);
    app.mount(document.body.appendChild(document.createElement('div')));
    await nextTick();
    delete (document as unknown as Record<string, unknown>).querySelector;
    delete (document as unknown as Record<string, unknown>).scripts;
    expect(errors).toEqual([]);
    app.unmount();
  });

  it('adds one async loader to <head>, never a second one', async () => {
    resetLoaderScript();
    const App = defineComponent(() => () => h('div', [h(FlocktoryLoader, { siteId: 7, nonce: 'abc' })]));
    const first = createApp(App);
    first.mount(document.body.appendChild(document.createElement('div')));
    const second = createApp(App);
    second.mount(document.body.appendChild(document.createElement('div')));
    await nextTick();
    const loaders = document.querySelectorAll(OUR_LOADER);
    expect(loaders).toHaveLength(1);
    expect(loaders[0]!.parentNode).toBe(document.head);
    expect((loaders[0] as HTMLScriptElement).src).toContain('site_id=7');
    expect((loaders[0] as HTMLScriptElement).async).toBe(true);
    first.unmount();
    second.unmount();
    expectNoWarnings();
  });
});
