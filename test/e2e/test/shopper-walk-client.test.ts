/**
 * The shopper walk's `client` mode (src/shopper-walk.ts), on a minimal single-page shop
 * (src/fake-spa.ts): it passes when every client-side navigation re-reads the markers once, and
 * fails when the app calls reInit twice or never.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

import { launchChromium, type Browser } from '../src/chromium';
import { FAKE_SPA_ORIGIN, routeFakeSpa, type FakeSpaFaults } from '../src/fake-spa';
import { shopperWalk } from '../src/shopper-walk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const email = 'ada@example.com';

async function walk(faults: FakeSpaFaults = {}): Promise<void> {
  const page = await browser.context.newPage();
  await routeFakeSpa(page, faults);
  const line = (id: string) => `.line[data-id="${id}"]`;
  try {
    await shopperWalk({
      page,
      baseUrl: FAKE_SPA_ORIGIN,
      navigation: 'client',
      start: { path: '/cart', markers: [] },
      category: { path: '/category/c1', marker: { 'data-fl-action': 'track-category-view', 'data-fl-category-id': 'c1' } },
      products: [
        {
          id: 'sku-1',
          price: 10,
          path: '/product/sku-1',
          itemMarker: { 'data-fl-action': 'track-item-view', 'data-fl-item-id': 'sku-1' },
          addToCartItem: { id: 'sku-1', price: 10 },
        },
        {
          id: 'sku-2',
          price: 25.5,
          path: '/product/sku-2',
          itemMarker: { 'data-fl-action': 'track-item-view', 'data-fl-item-id': 'sku-2' },
          addToCartItem: { id: 'sku-2', price: 25.5 },
        },
      ],
      cartPath: '/cart',
      signInPath: '/sign-in',
      signIn: { fill: { 'input[name="email"]': email, 'input[name="name"]': 'Ada' }, submit: 'form.sign-in button', landsOn: '/cart' },
      userMarker: { 'data-fl-user-email': email, 'data-fl-user-name': 'Ada' },
      checkoutPath: '/checkout',
      checkout: { fill: {}, submit: 'form.checkout button', landsOn: /^\/thank-you\// },
      exchangeMarker: { 'data-fl-action': 'exchange', 'data-fl-user-email': email },
      buyer: { email, name: 'Ada' },
      orderIdOf: (url) => url.pathname.split('/').pop()!,
      selectors: {
        addToCart: 'button.add',
        increment: (id) => `${line(id)} button.increment`,
        decrement: (id) => `${line(id)} button.decrement`,
        remove: (id) => `${line(id)} button.remove`,
      },
      settleMs: 200,
      waitMs: 3_000,
    });
  } finally {
    await page.close();
  }
}

it('client navigation: every page after the first is re-read once through reInit, and the walk passes', async () => {
  await walk();
});

it('fails when the app calls reInit twice per navigation, or never', async () => {
  await expect(walk({ doubleReInit: true })).rejects.toThrow(/one page view, read on reInit/);
  await expect(walk({ noReInit: true })).rejects.toThrow(/never recorded 2 views/);
});
