/**
 * The shopper walk (shopper-walk.ts) configured for next-shop and nuxt-shop, which share their
 * catalog, paths and selectors. Expected markers and pushes are written from Flocktory's docs for
 * that catalog (apps/next-shop/lib/catalog.ts), not computed by core.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

import type { PageProbe } from './probe';
import { shopperWalk, type ShopperWalkConfig, type WalkProduct } from './shopper-walk';

/** A hostile brand: the vendor attribute and the addToCart push must carry it intact, adding nothing to the page. */
const MUG_BRAND = 'Potter & "Co" </div><b>';

export const SPA_MUG: WalkProduct = {
  id: 'MUG-300',
  price: 490,
  path: '/product/MUG-300',
  itemMarker: {
    'data-fl-action': 'track-item-view',
    'data-fl-item-id': 'MUG-300',
    'data-fl-item-category-id': 'tea-time',
    'data-fl-item-vendor': MUG_BRAND,
    'data-fl-item-available': 'true',
  },
  addToCartItem: { id: 'MUG-300', price: 490, brand: MUG_BRAND, categoryId: 'tea-time' },
};

export const SPA_TEA: WalkProduct = {
  id: 'TEA-GRN',
  price: 1250.5,
  path: '/product/TEA-GRN',
  itemMarker: {
    'data-fl-action': 'track-item-view',
    'data-fl-item-id': 'TEA-GRN',
    'data-fl-item-category-id': 'tea-time',
    'data-fl-item-vendor': 'Leafy',
    'data-fl-item-available': 'true',
  },
  addToCartItem: { id: 'TEA-GRN', price: 1250.5, brand: 'Leafy', categoryId: 'tea-time' },
};

/** A chunk script that Next.js or Nuxt inserted (same origin, its build directory). */
const FRAMEWORK_CHUNK =
  /^script without the nonce: <script src="\/(_next\/static|_nuxt)\/[\w./-]+\.js"( async="")?( nonce="")?><\/script>$/;

const email = 'grace@example.com';
const name = 'Грейс "Grace" <Hopper> & Co';

export interface SpaShopForms {
  /**
   * How the shop answers the sign-in form: `client`, a client-side navigation (next-shop: a Server
   * Action's redirect); `load`, a full page load (nuxt-shop: a form post, so that the server
   * renders the user marker from then on).
   */
  signInLands: 'load' | 'client';
}

/**
 * Walks a Next.js or Nuxt demo shop. Checkout answers with a client-side navigation (`router.push`,
 * `navigateTo`) in both kinds of walk, sign-in as `forms` says: a `direct` walk loads every page it
 * can reach by URL.
 */
export async function walkSpaShop(
  page: Page,
  probe: PageProbe,
  baseUrl: string,
  navigation: 'direct' | 'client',
  forms: SpaShopForms,
): Promise<string[]> {
  const steps: string[] = [];
  const config: ShopperWalkConfig = {
    page,
    baseUrl,
    navigation,
    category: { path: '/category/tea-time', marker: { 'data-fl-action': 'track-category-view', 'data-fl-category-id': 'tea-time' } },
    products: [SPA_MUG, SPA_TEA],
    cartPath: '/cart',
    signInPath: '/sign-in',
    signIn: {
      fill: { 'input[name="name"]': name, 'input[name="email"]': email },
      submit: '[data-action="sign-in"]',
      landsOn: '/cart',
      lands: forms.signInLands,
    },
    userMarker: { 'data-fl-user-email': email, 'data-fl-user-name': name },
    checkoutPath: '/checkout',
    // The form comes filled in from the cart and the signed-in shopper.
    checkout: { fill: {}, submit: 'button[type="submit"]', landsOn: /^\/thank-you\//, lands: 'client' },
    exchangeMarker: { 'data-fl-action': 'exchange', 'data-fl-spot': 'thank-you', 'data-fl-user-email': email, 'data-fl-user-name': name },
    buyer: { email, name },
    orderIdOf: (url) => decodeURIComponent(url.pathname.split('/').pop()!),
    selectors: {
      addToCart: '[data-action="add-to-cart"]',
      increment: (id) => `[data-line="${id}"] [data-action="increment"]`,
      decrement: (id) => `[data-line="${id}"] [data-action="decrement"]`,
      remove: (id) => `[data-line="${id}"] [data-action="remove"]`,
    },
    // Every step: no injected markup, every script with the page's nonce, no CSP violation, no error.
    async afterStep(step) {
      steps.push(step);
      const nonce = await page.evaluate(
        () => document.querySelector<HTMLScriptElement>('script[src*="/flocktory-stub/loader.js"]')?.nonce ?? '',
      );
      expect(nonce, step).not.toBe('');
      // Under 'strict-dynamic' the framework's own bundle loads route chunks on client-side
      // navigation: scripts of this origin's build directory without a nonce, by design.
      const injected = (await probe.injected(nonce)).filter((found) => !FRAMEWORK_CHUNK.test(found));
      expect(injected, step).toEqual([]);
      expect(await probe.violations(), step).toEqual([]);
      expect([...probe.dialogs, ...probe.errors(), ...probe.pageErrors], step).toEqual([]);
    },
  };
  await shopperWalk(config);
  return steps;
}
