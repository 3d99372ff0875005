// @vitest-environment node
/**
 * dist/browser (the `browser` export condition) has no server render code: no component has an
 * `ssrRender`. A server that resolves `browser` (some edge presets add it) renders with it through
 * the render functions: the same bytes as the default build, but for an apostrophe and an empty value,
 * spelled differently and read the same by a browser's parser, and a scoped style's id (asserted below).
 */
import { elementsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';

import * as loaded from '../src/index';
import { BROWSER_BUILD, order } from './fixtures';

type Package = typeof import('../src/index');

const load = (file: string): Promise<Package> => import(/* @vite-ignore */ new URL(file, import.meta.url).href) as Promise<Package>;
const builds = async () => ({ server: await load('../dist/index.js'), browser: await load('../dist/browser/index.js') });

/** The components that have an ssrRender in the default build. */
const ssrRendered = (vue: Package): Component[] => [
  vue.FlocktoryPostcheckout,
  vue.FlocktoryUser,
  vue.FlocktoryCategoryView,
  vue.FlocktoryItemView,
  vue.FlocktoryExchange,
];

/** A page with every component and the composable's Script, markup, quotes and a CR in the shop's text. */
function page(vue: Package, nonce: string | undefined): Component {
  const user = { name: 'Ann "A" <b>Lee</b>\r\n', email: 'ann@example.com' };
  const invalid = { ...order('C-3'), order: { ...order('C-3').order, price: 'bad' as unknown as number } };
  return defineComponent({
    setup() {
      const { Script } = vue.useFlocktoryPostcheckout(order('C-2'), { nonce });
      return () =>
        h('main', [
          h(vue.FlocktoryLoader, { siteId: 1234, nonce }),
          h(vue.FlocktoryUser, { user, class: 'x', 'data-x': '1' }),
          h(vue.FlocktoryUser, { user: null }),
          h(vue.FlocktoryCategoryView, { id: 'c-1' }),
          h(vue.FlocktoryItemView, { id: 'SKU-1', categoryId: 12, vendor: 'Nike & Co', available: false }),
          h(vue.FlocktoryExchange, { user, spot: 'thank_you' }),
          h(vue.FlocktoryUpdateCart, { items: [{ id: 'sku-1', price: 10, count: 2 }], nonce }),
          h(vue.FlocktoryPostcheckout, { ...order('C-1', 'Mug "</script>" & <b>co</b>\u2028'), nonce, innerHTML: 'x()' }),
          h(vue.FlocktoryPostcheckout, { ...invalid, mode: 'safe', onError: () => {} }),
          h(Script),
        ]);
    },
  });
}

/** Every element as the parser reads it: `[tag, [name, value][]]`. */
const parsed = (html: string) =>
  elementsOf(html, 'fragment').map((element) => [element.tagName, element.attrs.map(({ name, value }) => [name, value])]);

describe('the browser build', () => {
  it('is what this run loads as ../src/index in the browser-build project (the source elsewhere)', () => {
    for (const component of ssrRendered(loaded)) expect('ssrRender' in component).toBe(!BROWSER_BUILD);
  });

  it('has no ssrRender, and renders a page on a server byte for byte as the default build does', async () => {
    const { server, browser } = await builds();
    for (const component of ssrRendered(server)) expect(component).toHaveProperty('ssrRender');
    for (const component of ssrRendered(browser)) expect(component).not.toHaveProperty('ssrRender');
    for (const nonce of [undefined, 'r4nd0m+/=']) {
      const expected = await renderToString(createSSRApp(page(server, nonce)));
      expect(expected).toContain('<script data-flocktory="postcheckout"');
      expect(expected).toContain('<div class="i-flocktory" data-fl-action="track-item-view"');
      expect(await renderToString(createSSRApp(page(browser, nonce)))).toBe(expected);
    }
  });

  it("differs only where the parser reads the same: `'` as Vue spells it, an empty value written bare, and a scoped parent's id on the element", async () => {
    const { server, browser } = await builds();
    // What the SFC compiler makes of a component with `<style scoped>`, our marker its root.
    const render = (vue: Package) =>
      renderToString(
        createSSRApp({
          __scopeId: 'data-v-1234abcd',
          render: () => h(vue.FlocktoryItemView, { id: "O'Neil-1", available: null }),
        } as Component),
      );
    const fromServer = await render(server);
    const fromBrowser = await render(browser);
    expect(fromServer).toBe(
      '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="O&#x27;Neil-1" data-fl-item-available=""></div>',
    );
    expect(fromBrowser).toBe(
      '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="O&#39;Neil-1" data-fl-item-available data-v-1234abcd></div>',
    );
    expect(parsed(fromBrowser.replace(' data-v-1234abcd', ''))).toEqual(parsed(fromServer));
  });
});
