/**
 * The shopper walk (shopper-walk.ts) configured for next-shop and nuxt-shop, which share their
 * catalog, paths and selectors. Expected markers and pushes are written from Flocktory's docs for
 * that catalog (apps/next-shop/lib/catalog.ts), not computed by core.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

import { PageProbe } from './probe';
import type { ShopAndBrowser } from './shop-and-browser';
import { checkPageAfterEachStep, shopperWalk, type ShopperWalkConfig, type WalkProduct } from './shopper-walk';

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
async function walkSpaShop(
  page: Page,
  probe: PageProbe,
  baseUrl: string,
  navigation: 'direct' | 'client',
  forms: SpaShopForms,
  afterStep?: (step: string) => Promise<void>,
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
    // Under 'strict-dynamic' the framework's own bundle loads route chunks on client-side
    // navigation: scripts of this origin's build directory without a nonce, by design.
    afterStep: async (step) => {
      await checkPageAfterEachStep(probe, steps, FRAMEWORK_CHUNK)(step);
      await afterStep?.(step);
    },
  };
  await shopperWalk(config);
  return steps;
}

export interface SpaWalkExtras {
  /** The visitor's only cookies (default none). */
  cookies?: Record<string, string>;
  /** More checks after each step, on the page as the step left it (after the walk's own). */
  afterStep?: (page: Page, step: string) => Promise<void>;
}

/**
 * Walks the running shop in a new page, as a new visitor (no cookies but `extras.cookies`), and
 * checks that the walk took all its 14 steps and left no report of ours in the server log. The page
 * stays open for further checks: the caller closes it.
 */
export async function walkSpaShopInNewPage(
  { shop, browser }: ShopAndBrowser,
  navigation: 'direct' | 'client',
  forms: SpaShopForms,
  { cookies = {}, afterStep }: SpaWalkExtras = {},
): Promise<Page> {
  const baseUrl = shop.url;
  await browser.context.clearCookies();
  const entries = Object.entries(cookies);
  if (entries.length > 0) await browser.context.addCookies(entries.map(([name, value]) => ({ name, value, url: baseUrl })));
  const page = await browser.context.newPage();
  const probe = await PageProbe.attach(page);
  const reportsBefore = shop.flocktoryReports().length;
  const steps = await walkSpaShop(page, probe, baseUrl, navigation, forms, afterStep && ((step) => afterStep(page, step)));
  expect(steps).toHaveLength(14);
  // Nothing on the walk is data our packages could not use: the server logged no report of ours.
  expect(shop.flocktoryReports().slice(reportsBefore)).toEqual([]);
  return page;
}
