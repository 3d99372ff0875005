import { fileURLToPath } from 'node:url';

import {
  buildCategoryView,
  buildItemView,
  buildPostcheckout,
  buildUpdateCart,
  buildUser,
  type MarkerAttributes,
} from '@flocktory-ssr/core';
import { $fetch, setup, startServer, useTestContext } from '@nuxt/test-utils/e2e';
import { elementsOf, loaderScripts, postcheckoutScripts, runPushes, scriptsWith } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';

import { thankYouOrder } from '../fixtures/shared/order';

const rootDir = fileURLToPath(new URL('../fixtures/basic', import.meta.url));
await setup({ rootDir, server: true, build: true, browser: false, setupTimeout: 300_000 });

const expected = buildPostcheckout(thankYouOrder, { mode: 'strict' })!;

const pairs = (attributes: MarkerAttributes | null) => attributes!.map(([name, value]) => [name, value]);
const markersOf = (html: string) =>
  elementsOf(html, 'document')
    .filter((element) => element.attrs.some((attribute) => attribute.name === 'class' && attribute.value === 'i-flocktory'))
    .map((element) => element.attrs.map((attribute) => [attribute.name, attribute.value]));

describe('@flocktory-ssr/nuxt in a Nuxt 3 app', () => {
  it('the fixture really is built by Nuxt 3 with the Nuxt 3 layout and our module', () => {
    const nuxt = useTestContext().nuxt!;
    expect(nuxt._version).toMatch(/^3\./);
    expect(nuxt.options.future.compatibilityVersion).toBe(3);
    expect(nuxt.options.srcDir.replace(/\/$/, '')).toBe(rootDir.replace(/\/$/, ''));
    expect(nuxt.options._installedModules.map((m) => m.meta?.name)).toContain('@flocktory-ssr/nuxt');
  });

  it('puts the loader exactly once on every page, with the site id', async () => {
    for (const path of ['/', '/thank-you', '/composable']) {
      const loaders = loaderScripts(await $fetch<string>(path));
      expect(loaders, path).toHaveLength(1);
      expect(loaders[0]!.attributes).toMatchObject({ src: '/flocktory-stub/loader.js?site_id=1234', async: '' });
      expect(loaders[0]!.text).toBe('');
    }
  });

  it('server-renders <FlocktoryPostcheckout> on the thank-you page, byte-identical to the core', async () => {
    const [script, ...rest] = postcheckoutScripts(await $fetch<string>('/thank-you'));
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout' });
    expect(script!.text).toBe(expected.code);
    expect(runPushes(script!.text)).toEqual([['postcheckout', expected.data]]);
  });

  it('the auto-imported composable renders the same snippet', async () => {
    const [script, ...rest] = postcheckoutScripts(await $fetch<string>('/composable'));
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout' });
    expect(script!.text).toBe(expected.code);
    expect(runPushes(script!.text)).toEqual([['postcheckout', expected.data]]);
  });

  it('no snippet on other pages', async () => {
    expect(postcheckoutScripts(await $fetch<string>('/'))).toHaveLength(0);
  });

  it("auto-imported markers and cart script: exactly the core's attributes and code", async () => {
    const html = await $fetch<string>('/catalogue');
    expect(markersOf(html)).toEqual([
      pairs(buildCategoryView({ id: 'cat-1' })),
      pairs(buildItemView({ id: 'SKU-1', categoryId: 12, vendor: null, available: false })),
    ]);
    const [script, ...rest] = scriptsWith(html, 'document', 'data-flocktory', 'update-cart');
    expect(rest).toEqual([]);
    expect(script!.text).toBe(buildUpdateCart([{ id: 'SKU-1', price: 10, count: 2 }])!.code);
    expect(html).not.toContain('injected');
  });

  it("the `user` resolver's marker starts <body> on every page; none for an anonymous visitor or a failing resolver", async () => {
    for (const path of ['/', '/thank-you']) {
      const html = await $fetch<string>(`${path}?user=ann`);
      expect(markersOf(html), path).toEqual([pairs(buildUser({ name: 'Ann Lee', email: 'ann@example.com' }))]);
      expect(html.slice(html.indexOf('<body'))).toMatch(/^<body[^>]*><div class="i-flocktory"/);
    }
    expect(markersOf(await $fetch<string>('/'))).toEqual([]);
    expect(markersOf(await $fetch<string>('/thank-you?user=throws'))).toEqual([]);
  });

  it('NUXT_PUBLIC_FLOCKTORY_SITE_ID overrides the site id at run time', async () => {
    await startServer({ env: { NUXT_PUBLIC_FLOCKTORY_SITE_ID: '98765' } });
    const loaders = loaderScripts(await $fetch<string>('/thank-you'));
    expect(loaders).toHaveLength(1);
    expect(loaders[0]!.attributes.src).toBe('/flocktory-stub/loader.js?site_id=98765');
  });
});
