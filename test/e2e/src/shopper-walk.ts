/**
 * A shopper's whole walk through a demo shop in Chromium, asserting after every step what the
 * loader stand-in (apps/loader-stub) received: category → product A → add to cart ×2 → product B →
 * add to cart → cart (+ and − on A, then remove A: 2 units) → sign in → cart (the whole cart, now
 * signed in: B) → checkout → thank-you (postcheckout of B and the Exchange banner).
 *
 * - Markers: each page view's `.i-flocktory` elements, as the stand-in read them, equal the
 *   expected ones exactly (each once, with exactly its attributes); the user marker is on every
 *   page after sign-in and on none before.
 * - Pushes: each click sends exactly its one cart event (id, price, count delta); a page view
 *   sends nothing but what it must (the cart after sign-in: updateCart once; thank-you:
 *   postcheckout once).
 * - `navigation: 'direct'`: every page is a full load (a multi-page app), read once by the
 *   stand-in as it loads. `'client'`: the first page is loaded, the others are reached by clicking
 *   a link (the app's router); the stand-in must be asked to re-read the markers, by
 *   `window.flocktory.reInit()`, exactly once per navigation and never on the first load.
 *
 * Everything shop-specific (paths, selectors, expected attributes) is in `ShopperWalkConfig`.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

import type { FlocktoryStubMarker, FlocktoryStubState, FlocktoryStubView } from '@flocktory-ssr/loader-stub';

import type { PageProbe } from './probe';

/** Marker attributes (every attribute but `class`), written from Flocktory's docs for the shop's data. */
export type MarkerAttributes = Record<string, string>;

export interface WalkProduct {
  id: string;
  /** The unit price the shop pushes. */
  price: number;
  path: string;
  /** The product page's item marker. */
  itemMarker: MarkerAttributes;
  /** The `item` of the addToCart push for one unit (count 1), every field the shop sends. */
  addToCartItem: Record<string, unknown>;
}

/** A form the walk fills in and submits; its answer is a full load or a client-side navigation. */
export interface WalkForm {
  /** selector → value typed in (a prefilled field can be left out). */
  fill: Record<string, string>;
  submit: string;
  /** The path the shopper lands on (a RegExp for paths with an id). */
  landsOn: string | RegExp;
  /** Default: a full load in a `direct` walk, client-side navigation in a `client` walk. */
  lands?: 'load' | 'client';
}

export interface ShopperWalkConfig {
  page: Page;
  baseUrl: string;
  navigation: 'direct' | 'client';
  /** Where a `client` walk starts (a full load) and that page's markers; default the category page. */
  start?: { path: string; markers: MarkerAttributes[] };
  category: { path: string; marker: MarkerAttributes };
  /** A is added twice, changed with + and −, and removed in the cart; B is added once and bought. */
  products: readonly [WalkProduct, WalkProduct];
  cartPath: string;
  signInPath: string;
  signIn: WalkForm;
  /** The user marker's attributes once signed in. */
  userMarker: MarkerAttributes;
  checkoutPath: string;
  checkout: WalkForm;
  /** The thank-you page's Exchange marker. */
  exchangeMarker: MarkerAttributes;
  /** The order's user as the postcheckout push carries it. */
  buyer: { email: string; name?: string };
  /** The order id, from the thank-you page's URL. */
  orderIdOf(url: URL): string;
  selectors: {
    /** The product page's add-to-cart button. */
    addToCart: string;
    increment(productId: string): string;
    decrement(productId: string): string;
    remove(productId: string): string;
    /** The link a `client` walk clicks to reach `path`; default `a[href="<path>"]`. */
    linkTo?(path: string): string;
  };
  /** Bounded waits (default 500 ms) for extra, unexpected pushes or views after each step. */
  settleMs?: number;
  /** How long to wait for an expected page view or push (default 15 s). */
  waitMs?: number;
  /** Called after each step with its name (e.g. to check CSP violations and console errors). */
  afterStep?(step: string): Promise<void>;
}

/**
 * An `afterStep` that records each step's name in `steps` and asserts the page stayed clean: no
 * injected markup (every script carries the loader's nonce, except the ones `allowedScripts`
 * matches in `probe.injected`'s report), no CSP violation, no dialog, no error.
 */
export function checkPageAfterEachStep(probe: PageProbe, steps: string[], allowedScripts?: RegExp): (step: string) => Promise<void> {
  return async (step) => {
    steps.push(step);
    const nonce = await probe.page.evaluate(
      () => document.querySelector<HTMLScriptElement>('script[src*="/flocktory-stub/loader.js"]')?.nonce ?? '',
    );
    expect(nonce, step).not.toBe('');
    const injected = (await probe.injected(nonce)).filter((found) => !allowedScripts?.test(found));
    expect(injected, step).toEqual([]);
    expect(await probe.violations(), step).toEqual([]);
    expect([...probe.dialogs, ...probe.errors(), ...probe.pageErrors], step).toEqual([]);
  };
}

type StubWindow = { __flocktoryStub?: FlocktoryStubState };

const stubState = (page: Page): Promise<FlocktoryStubState | undefined> =>
  page.evaluate(() => {
    const stub = (window as unknown as StubWindow).__flocktoryStub;
    // Copied out of the page as plain data.
    return stub ? (JSON.parse(JSON.stringify(stub)) as FlocktoryStubState) : undefined;
  });

/** A marker as a comparable string: markers compare as a multiset, whatever their order in the page. */
const markerKey = (marker: { action: string | null; attributes: MarkerAttributes }) =>
  JSON.stringify([marker.action, Object.entries(marker.attributes).sort(([a], [b]) => (a < b ? -1 : 1))]);

const asMarker = (attributes: MarkerAttributes): FlocktoryStubMarker => ({ action: attributes['data-fl-action'] ?? null, attributes });

export async function shopperWalk(config: ShopperWalkConfig): Promise<void> {
  const { page, selectors } = config;
  const settleMs = config.settleMs ?? 500;
  const linkTo = selectors.linkTo ?? ((path: string) => `a[href="${path}"]`);
  const [productA, productB] = config.products;
  let signedIn = false;
  // What the stand-in had recorded when the current step began (reset by a full load).
  let viewsBefore = 0;
  let pushesBefore = 0;
  let firstLoad = true;

  async function waitFor(what: 'views' | 'pushes', count: number, step: string): Promise<FlocktoryStubState> {
    await page
      .waitForFunction(
        ([key, expected]) => ((window as unknown as StubWindow).__flocktoryStub?.[key as 'views'] ?? []).length >= (expected as number),
        [what, count] as const,
        {
          timeout: config.waitMs ?? 15_000,
        },
      )
      .catch((error: Error) => {
        throw new Error(`${step}: the stand-in never recorded ${count} ${what}: ${error.message}`);
      });
    await page.waitForTimeout(settleMs);
    return (await stubState(page))!;
  }

  /** The page view the step produced: exactly one new view, read the way the navigation kind requires. */
  async function expectView(step: string, kind: 'load' | 'client', markers: MarkerAttributes[]): Promise<void> {
    const state = await waitFor('views', viewsBefore + 1, step);
    const views: FlocktoryStubView[] = state.views.slice(viewsBefore);
    expect(
      views.map((view) => view.reason),
      `${step}: one page view, read on ${kind === 'load' ? 'load' : 'reInit'}`,
    ).toEqual([kind === 'load' ? 'load' : 'reInit']);
    const view = views[0]!;
    expect(new URL(view.url).pathname, `${step}: the view's URL`).toBe(new URL(page.url()).pathname);
    const expected = [...markers, ...(signedIn ? [config.userMarker] : [])].map(asMarker);
    expect(view.markers.map(markerKey).sort(), `${step}: the markers of this page view, each once`).toEqual(expected.map(markerKey).sort());
    viewsBefore = state.views.length;
  }

  /** The pushes since the step began equal `expected` exactly (after a settle for extra ones). */
  async function expectPushes(step: string, expected: unknown[]): Promise<void> {
    const state =
      expected.length > 0
        ? await waitFor('pushes', pushesBefore + expected.length, step)
        : (await page.waitForTimeout(settleMs), (await stubState(page))!);
    expect(state.pushes.slice(pushesBefore), `${step}: what the stand-in received`).toEqual(expected);
    pushesBefore = state.pushes.length;
    await config.afterStep?.(step);
  }

  function landed(kind: 'load' | 'client'): void {
    if (kind === 'load') {
      viewsBefore = 0;
      pushesBefore = 0;
    }
  }

  /** Reaches `path`: a full load in a direct walk (and a client walk's first page), else a click on its link. */
  async function visit(step: string, path: string, markers: MarkerAttributes[], pushes: unknown[] = []): Promise<void> {
    const kind = config.navigation === 'direct' || firstLoad ? 'load' : 'client';
    if (kind === 'load') {
      const response = await page.goto(config.baseUrl + path, { waitUntil: 'load' });
      expect(response?.status(), `${step}: HTTP status of ${path}`).toBe(200);
    } else {
      await page.click(linkTo(path));
      await page.waitForURL((url) => url.pathname + url.search === path);
    }
    firstLoad = false;
    landed(kind);
    await expectView(step, kind, markers);
    await expectPushes(step, pushes);
  }

  async function submit(step: string, form: WalkForm, markers: () => MarkerAttributes[], pushes: () => unknown[]): Promise<void> {
    const kind = form.lands ?? (config.navigation === 'direct' ? 'load' : 'client');
    for (const [selector, value] of Object.entries(form.fill)) await page.fill(selector, value);
    await Promise.all([
      page.waitForURL((url) => (typeof form.landsOn === 'string' ? url.pathname === form.landsOn : form.landsOn.test(url.pathname)), {
        waitUntil: kind === 'load' ? 'load' : 'commit',
      }),
      page.click(form.submit),
    ]);
    landed(kind);
    await expectView(step, kind, markers());
    await expectPushes(step, pushes());
  }

  /** One click, exactly one cart event; no page view (the markers are not re-read). */
  async function click(step: string, selector: string, push: unknown): Promise<void> {
    await page.click(selector);
    await expectPushes(step, [push]);
    const state = (await stubState(page))!;
    expect(state.views.length, `${step}: a click is no page view`).toBe(viewsBefore);
  }

  const added = (product: WalkProduct) => ['addToCart', { item: { ...product.addToCartItem, count: 1 } }];
  const removed = (product: WalkProduct, count: number) => ['removeFromCart', { item: { id: product.id, count } }];

  if (config.navigation === 'client' && config.start) await visit('start page', config.start.path, config.start.markers);
  await visit('category page', config.category.path, [config.category.marker]);
  await visit(`product page ${productA.id}`, productA.path, [productA.itemMarker]);
  await click(`add ${productA.id} to the cart (1)`, selectors.addToCart, added(productA));
  await click(`add ${productA.id} to the cart (2)`, selectors.addToCart, added(productA));
  await visit(`product page ${productB.id}`, productB.path, [productB.itemMarker]);
  await click(`add ${productB.id} to the cart`, selectors.addToCart, added(productB));

  // Anonymous: no updateCart (it belongs to a known profile).
  await visit('cart page', config.cartPath, []);
  await click(`+ on ${productA.id}`, selectors.increment(productA.id), added(productA));
  await click(`− on ${productA.id}`, selectors.decrement(productA.id), removed(productA, 1));
  await click(`remove ${productA.id}`, selectors.remove(productA.id), removed(productA, 2));

  await visit('sign-in page', config.signInPath, []);
  const cartOfB = ['updateCart', { cart: { items: [{ id: productB.id, price: productB.price, count: 1 }] } }];
  signedIn = true;
  await submit(
    'sign in → cart page',
    config.signIn,
    () => [],
    () => (pathOf(config.signIn.landsOn) === config.cartPath ? [cartOfB] : []),
  );
  if (pathOf(config.signIn.landsOn) !== config.cartPath) await visit('cart page, signed in', config.cartPath, [], [cartOfB]);

  await visit('checkout page', config.checkoutPath, []);
  await submit(
    'checkout → thank-you page',
    config.checkout,
    () => [config.exchangeMarker],
    () => {
      const id = config.orderIdOf(new URL(page.url()));
      const user = config.buyer.name === undefined ? { email: config.buyer.email } : { email: config.buyer.email, name: config.buyer.name };
      const item = expect.objectContaining({ id: productB.id, price: productB.price, count: 1 });
      return [['postcheckout', expect.objectContaining({ user, order: expect.objectContaining({ id, items: [item] }) })]];
    },
  );
}

const pathOf = (landsOn: string | RegExp) => (typeof landsOn === 'string' ? landsOn : undefined);
