import { resetLoaderScript, resetSentOrders, seedFromDocument } from '@flocktory-ssr/core/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createApp, createSSRApp, defineComponent, h, nextTick, ref, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { FlocktoryLoader, FlocktoryPostcheckout, useFlocktoryPostcheckout } from '../src/index';
import { order, pushedOrderIds, resetFlocktoryQueue } from './fixtures';

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

/**
 * What a browser does with server HTML: parse it, run its inline scripts once (innerHTML alone
 * runs nothing here), hide nonces from the DOM (`nonce=""`), then the app's module runs.
 */
async function loadServerPage(app: () => Component, options: { hideNonce?: boolean; seed?: boolean } = {}): Promise<HTMLElement> {
  const html = await renderToString(createSSRApp(app()));
  const container = document.createElement('div');
  container.id = 'app';
  container.innerHTML = html;
  document.body.appendChild(container);
  for (const script of Array.from(container.querySelectorAll('script'))) {
    if (script.textContent) new Function(script.textContent)();
    if (options.hideNonce && script.hasAttribute('nonce')) script.setAttribute('nonce', '');
  }
  if (options.seed !== false) seedFromDocument();
  return container;
}

const show = ref(true);
const orderId = ref<string | number>(1);
const nonce = ref<string | undefined>(undefined);
const ThankYou = defineComponent(
  () => () =>
    h('div', [
      h(FlocktoryLoader, { siteId: 42, src: '/flocktory-stub/loader.js', nonce: nonce.value }),
      show.value ? h('main', [h('h1', 'Thanks'), h(FlocktoryPostcheckout, { ...order(orderId.value), nonce: nonce.value })]) : h('p', 'home'),
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
      const serverScript = container.querySelector('script[data-flocktory-order]');
      const serverLoader = container.querySelector('script[data-flocktory-loader]');

      const app = createSSRApp(ThankYou);
      app.mount(container);
      await nextTick();

      expectNoWarnings();
      expect(container.querySelector('script[data-flocktory-order]')).toBe(serverScript);
      expect(document.querySelectorAll('script[data-flocktory-loader]')).toHaveLength(1);
      expect(container.querySelector('script[data-flocktory-loader]')).toBe(serverLoader);
      expect(pushedOrderIds()).toEqual(['1']);
      app.unmount();
    });
  }

  it('hydration alone counts the order as sent, even if the module was not seeded from the document', async () => {
    const container = await loadServerPage(() => ThankYou, { seed: false });
    const app = createSSRApp(ThankYou);
    app.mount(container);
    await nextTick();
    expectNoWarnings();
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
    expect(container.querySelector('script[data-flocktory-order]')).toBeNull();
    show.value = true;
    await nextTick();
    expect(container.querySelector('script[data-flocktory-order]')).toBeNull();
    orderId.value = 2;
    await nextTick();
    expect(pushedOrderIds()).toEqual(['1', '2']);
    expect(container.querySelectorAll('script[data-flocktory-order]')).toHaveLength(0);
    expectNoWarnings();
    app.unmount();
  });

  it('a hydrated loader that goes away never comes back as a client-made script', async () => {
    const siteId = ref('42');
    const onError = vi.fn();
    const Page = defineComponent(() => () => h('div', [h(FlocktoryLoader, { siteId: siteId.value, mode: 'safe', onError })]));
    const container = await loadServerPage(() => Page);
    const serverLoader = container.querySelector('script[data-flocktory-loader]');
    expect(serverLoader).not.toBeNull();
    const app = createSSRApp(Page);
    app.mount(container);
    await nextTick();
    expect(container.querySelector('script[data-flocktory-loader]')).toBe(serverLoader);
    siteId.value = 'not a site id';
    await nextTick();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(container.querySelector('script[data-flocktory-loader]')).toBeNull();
    siteId.value = '43';
    await nextTick();
    expect(document.querySelectorAll('script[data-flocktory-loader]')).toHaveLength(0);
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
  it('adds one async loader to <head>, never a second one', async () => {
    resetLoaderScript();
    const App = defineComponent(() => () => h('div', [h(FlocktoryLoader, { siteId: 7, nonce: 'abc' })]));
    const first = createApp(App);
    first.mount(document.body.appendChild(document.createElement('div')));
    const second = createApp(App);
    second.mount(document.body.appendChild(document.createElement('div')));
    await nextTick();
    const loaders = document.querySelectorAll('script[data-flocktory="loader"]');
    expect(loaders).toHaveLength(1);
    expect(loaders[0]!.parentNode).toBe(document.head);
    expect((loaders[0] as HTMLScriptElement).src).toContain('site_id=7');
    expect((loaders[0] as HTMLScriptElement).async).toBe(true);
    first.unmount();
    second.unmount();
    expectNoWarnings();
  });
});
