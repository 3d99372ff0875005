/**
 * A shopper's whole walk through express-shop (src/shopper-walk.ts), by direct loads: Express
 * renders every page on the server, so each page is read by the stand-in as it loads.
 */
import { expect, it } from 'vitest';

import { PageProbe } from '../src/probe';
import { startExpressShop } from '../src/servers';
import { useShopAndBrowser } from '../src/shop-and-browser';
import { checkPageAfterEachStep, shopperWalk, type WalkProduct } from '../src/shopper-walk';

const running = useShopAndBrowser(startExpressShop);

// Written from Flocktory's docs for express-shop's catalog (src/catalog.js), not computed by core.
const sneakers: WalkProduct = {
  id: 'sku-1001',
  price: 4990,
  path: '/product/sku-1001',
  itemMarker: {
    'data-fl-action': 'track-item-view',
    'data-fl-item-id': 'sku-1001',
    'data-fl-item-category-id': 'shoes',
    'data-fl-item-vendor': 'Бегун',
    'data-fl-item-available': 'true',
  },
  addToCartItem: { id: 'sku-1001', price: 4990, brand: 'Бегун', categoryId: 'shoes' },
};
// Hostile title and vendor: the attribute must carry them intact, and add nothing to the page.
const hostile: WalkProduct = {
  id: 'sku-0666',
  price: 13.37,
  path: '/product/sku-0666',
  itemMarker: {
    'data-fl-action': 'track-item-view',
    'data-fl-item-id': 'sku-0666',
    'data-fl-item-category-id': 'clothes',
    'data-fl-item-vendor': '</div><script>alert(2)</script>',
    'data-fl-item-available': 'true',
  },
  addToCartItem: { id: 'sku-0666', price: 13.37, brand: '</div><script>alert(2)</script>', categoryId: 'clothes' },
};
const email = 'ada@example.com';
const name = 'Ада "Ада" <Лавлейс>';

it('walks category → product → add ×2 → cart (+, −, remove) → sign in → checkout → thank-you, and Flocktory gets each thing once', async () => {
  const page = await running.browser.context.newPage();
  const probe = await PageProbe.attach(page);
  const steps: string[] = [];
  const reportsBefore = running.shop.flocktoryReports().length;
  await shopperWalk({
    page,
    baseUrl: running.shop.url,
    navigation: 'direct',
    category: { path: '/category/shoes', marker: { 'data-fl-action': 'track-category-view', 'data-fl-category-id': 'shoes' } },
    products: [sneakers, hostile],
    cartPath: '/cart',
    signInPath: '/sign-in?next=%2Fcart',
    signIn: {
      fill: { 'input[name="email"]': email, 'input[name="name"]': name },
      submit: 'form.sign-in button[type="submit"]',
      landsOn: '/cart',
    },
    userMarker: { 'data-fl-user-email': email, 'data-fl-user-name': name },
    checkoutPath: '/checkout',
    // The form comes filled in from the cart and the signed-in user.
    checkout: { fill: {}, submit: 'form.checkout button[type="submit"]', landsOn: /^\/thank-you\// },
    exchangeMarker: { 'data-fl-action': 'exchange', 'data-fl-spot': 'thank-you', 'data-fl-user-email': email, 'data-fl-user-name': name },
    buyer: { email, name },
    orderIdOf: (url) => decodeURIComponent(url.pathname.split('/').pop()!),
    selectors: {
      addToCart: 'button.add-to-cart',
      increment: (id) => `tr.cart-line[data-product-id="${id}"] button.increment`,
      decrement: (id) => `tr.cart-line[data-product-id="${id}"] button.decrement`,
      remove: (id) => `tr.cart-line[data-product-id="${id}"] button.remove`,
    },
    // Every step: no injected markup, every script with the page's nonce, no CSP violation, no error.
    afterStep: checkPageAfterEachStep(probe, steps),
  });
  expect(steps).toHaveLength(14);
  // Hostile text included, nothing on the walk is data our packages could not use.
  expect(running.shop.flocktoryReports().slice(reportsBefore)).toEqual([]);
  await page.close();
});
