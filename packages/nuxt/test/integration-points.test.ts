/**
 * The markers, the cart script and the user resolver in a built Nuxt app: the auto-imported
 * components render exactly the core's attributes (the same bytes as @flocktory-ssr/vue's, no
 * bound attribute of the page's), and the module's `user` resolver puts the user's marker on every
 * page without ever failing one.
 */
import { fileURLToPath } from 'node:url';

import { buildCategoryView, buildExchange, buildItemView, buildUpdateCart, buildUser, type MarkerAttributes } from '@flocktory-ssr/core';
import { elementsOf, runPushes, scriptsWith } from '@flocktory-ssr/test-support';
import { fetch, setup, useTestContext } from '@nuxt/test-utils/e2e';
import { describe, expect, it } from 'vitest';

import { cartLines, markerProduct, markerUser, resolverUsers } from './fixtures/shared/order';

await setup({ rootDir: fileURLToPath(new URL('./fixtures/basic', import.meta.url)), server: true, browser: false, setupTimeout: 300_000 });

const serverLog = () => (useTestContext().serverLogs ?? []).map((line) => String(line));
const pairs = (attributes: MarkerAttributes | null) => attributes!.map(([name, value]) => [name, value]);
const markersOf = (html: string) =>
  elementsOf(html, 'document')
    .filter((element) =>
      element.attrs.some((attribute) => attribute.name === 'class' && attribute.value.split(' ').includes('i-flocktory')),
    )
    .map((element) => element.attrs.map((attribute) => [attribute.name, attribute.value]));

async function page(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('auto-imported marker components', () => {
  it("render exactly the core's attributes, in order; nothing of the page's v-bind reaches them", async () => {
    const html = await page('/markers');
    expect(markersOf(html)).toEqual([
      pairs(buildUser(markerUser)),
      pairs(buildCategoryView({ id: 'cat-1' })),
      pairs(buildItemView(markerProduct)),
      pairs(buildExchange({ user: markerUser, spot: 'thank_you' })),
    ]);
    expect(html).not.toContain('injected');
    expect(html).not.toContain('evil.example');
  });

  it('the cart page: one update-cart script with the core code, our attributes only', async () => {
    const html = await page('/cart');
    const [script, ...rest] = scriptsWith(html, 'document', 'data-flocktory', 'update-cart');
    expect(rest).toEqual([]);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'update-cart' });
    expect(script!.text).toBe(buildUpdateCart(cartLines)!.code);
    expect(runPushes(script!.text)).toEqual([['updateCart', buildUpdateCart(cartLines)!.data]]);
    expect(html).not.toContain('injected');
  });

  it('bad data in a build (safe mode): the page is 200 without the marker, and the problem is logged naming the field', async () => {
    const before = serverLog().length;
    const html = await page('/bad-marker');
    expect(html).toContain('Category');
    expect(markersOf(html)).toEqual([]);
    expect(serverLog().slice(before).join('\n')).toContain('category.id');
  });
});

describe('the module option `user`: a server-side resolver', () => {
  it('puts the resolved user marker at the start of <body>, on every page', async () => {
    for (const path of ['/', '/thank-you', '/cart']) {
      const html = await page(`${path}?user=ann`);
      expect(markersOf(html)[0], path).toEqual(pairs(buildUser(markerUser)));
      expect(html.slice(html.indexOf('<body'))).toMatch(/^<body[^>]*><div class="i-flocktory"/);
    }
    expect(markersOf(await page('/?user=phone'))).toEqual([pairs(buildUser(resolverUsers.phone as never))]);
  });

  it('an anonymous visitor (null): no user marker', async () => {
    expect(markersOf(await page('/'))).toEqual([]);
  });

  it("hostile text stays in the attribute values: the parser reads exactly the core's values", async () => {
    expect(markersOf(await page('/?user=hostile'))).toEqual([pairs(buildUser(resolverUsers.hostile as never))]);
  });

  it('a user that cannot be identified (safe mode): no marker, the page 200, the problem logged', async () => {
    const before = serverLog().length;
    expect(markersOf(await page('/thank-you?user=unidentified'))).toEqual([]);
    expect(serverLog().slice(before).join('\n')).toContain('user.email');
  });

  it('a resolver that throws or rejects costs the marker, never the page', async () => {
    for (const key of ['throws', 'rejects']) {
      const before = serverLog().length;
      const html = await page(`/thank-you?user=${key}`);
      expect(html).toContain('Thank you');
      expect(markersOf(html)).toEqual([]);
      expect(serverLog().slice(before).join('\n')).toContain('flocktory.user resolver failed');
    }
  });
});
