/**
 * next-shop as a GA4-only shop: it describes cart changes and orders only as GA4 dataLayer events;
 * `bridgeDataLayer` turns its `add_to_cart` / `remove_from_cart` pushes into Flocktory's cart
 * commands and the thank-you page maps its GA4 `purchase` with `fromGa4Purchase`. The same
 * shopper walk with the shop's own Flocktory calls must reach the stand-in with the same pushes.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { launchChromium, type Browser } from '../src/chromium';
import { PageProbe } from '../src/probe';
import { startNextShop, type RunningShop } from '../src/servers';

type Integration = 'ga4' | 'flocktory';
type DataLayerEntry = { event?: string; ecommerce?: { items?: Array<{ item_id: string; quantity: number }> } | null };

const MUG = { id: 'MUG-300', title: 'Mug "</script><script>alert(1)</script>" 300 ml', price: 490, brand: 'Potter & Co', categoryId: 'tea-time' };
const TEA = { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5, brand: 'Leafy', categoryId: 'tea-time' };
const added = (product: typeof MUG) => ['addToCart', { item: { id: product.id, price: product.price, count: 1, brand: product.brand, categoryId: product.categoryId } }];
const removed = (product: typeof MUG, count: number) => ['removeFromCart', { item: { id: product.id, count } }];

/** What Flocktory must receive for the walk below, written from the docs' command shapes (count is the delta). */
const EXPECTED_CART_PUSHES = [added(MUG), added(MUG), added(TEA), added(TEA), removed(MUG, 1), removed(TEA, 2)];

describe('next-shop, GA4-only (dataLayer bridge + fromGa4Purchase)', () => {
  let server: RunningShop;
  let browser: Browser;
  let page: Page;
  let probe: PageProbe;

  beforeAll(async () => {
    server = await startNextShop();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    page = await browser.context.newPage();
    probe = await PageProbe.attach(page);
  });
  afterEach(async () => {
    expect(await probe.violations()).toEqual([]);
    expect(probe.dialogs).toEqual([]);
    expect(probe.errors()).toEqual([]);
    expect(probe.pageErrors).toEqual([]);
    await page.close();
  });

  const pushCount = () => page.evaluate(() => (window as unknown as { __flocktoryStub?: { pushes: unknown[] } }).__flocktoryStub?.pushes.length ?? 0);

  /** Clicks, then waits until the click's cart event (or the page's push) reached the stand-in. */
  async function clickAndWaitForPush(selector: string): Promise<void> {
    const before = await pushCount();
    await page.click(selector);
    await page.waitForFunction((count) => ((window as unknown as { __flocktoryStub: { pushes: unknown[] } }).__flocktoryStub.pushes.length ?? 0) > count, before);
  }

  async function navigate(selector: string, url: RegExp): Promise<void> {
    await Promise.all([page.waitForURL(url), page.click(selector)]);
  }

  /**
   * category → product → add ×2 → another product → add → cart (+ tea, − mug, remove tea) → sign in
   * → checkout → thank-you, all by client-side navigation from one direct load.
   */
  async function walk(integration: Integration): Promise<{ pushes: unknown[]; dataLayer: DataLayerEntry[]; orderId: string }> {
    await browser.context.addCookies([{ name: 'integration', value: integration, url: server.url }]);
    await page.goto(`${server.url}/category/tea-time`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await navigate(`main a[href="/product/${MUG.id}"]`, /\/product\/MUG-300$/);
    await clickAndWaitForPush('[data-action="add-to-cart"]');
    await clickAndWaitForPush('[data-action="add-to-cart"]');
    await navigate('main a[href="/category/tea-time"]', /\/category\/tea-time$/);
    await navigate(`main a[href="/product/${TEA.id}"]`, /\/product\/TEA-GRN$/);
    await clickAndWaitForPush('[data-action="add-to-cart"]');
    await navigate('header a[href="/cart"]', /\/cart$/);
    await clickAndWaitForPush(`[data-line="${TEA.id}"] [data-action="increment"]`);
    await clickAndWaitForPush(`[data-line="${MUG.id}"] [data-action="decrement"]`);
    await clickAndWaitForPush(`[data-line="${TEA.id}"] [data-action="remove"]`);
    await navigate('header a[href="/sign-in"]', /\/sign-in$/);
    await page.fill('input[name="name"]', 'Grace Hopper');
    await page.fill('input[name="email"]', 'grace@example.com');
    await navigate('[data-action="sign-in"]', /\/cart$/);
    await navigate('[data-action="checkout"]', /\/checkout$/);
    await navigate('button[type="submit"]', /\/thank-you\//);
    const orderId = decodeURIComponent(page.url().split('/thank-you/')[1]!);
    await probe.waitForPushes(EXPECTED_CART_PUSHES.length + 1, 1_000);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    return {
      pushes: await probe.pushes(),
      dataLayer: await page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? [])) as DataLayerEntry[]),
      orderId,
    };
  }

  const postcheckoutOf = (orderId: string) => [
    'postcheckout',
    { user: { name: 'Grace Hopper', email: 'grace@example.com' }, order: { id: orderId, price: 490, items: [{ id: MUG.id, title: MUG.title, price: 490, count: 1 }] } },
  ];

  it('each GA4 add_to_cart / remove_from_cart push → one Flocktory cart event; the purchase → one postcheckout mapped by fromGa4Purchase', async () => {
    const { pushes, dataLayer, orderId } = await walk('ga4');
    expect(pushes).toEqual([...EXPECTED_CART_PUSHES, postcheckoutOf(orderId)]);
    // The shop's own GA4 events, one per Flocktory cart event; its begin_checkout and purchase went to the dataLayer only.
    const events = dataLayer.filter((entry) => entry.event).map((entry) => [entry.event, entry.ecommerce?.items?.map((item) => [item.item_id, item.quantity])]);
    expect(events).toEqual([
      ['add_to_cart', [[MUG.id, 1]]],
      ['add_to_cart', [[MUG.id, 1]]],
      ['add_to_cart', [[TEA.id, 1]]],
      ['add_to_cart', [[TEA.id, 1]]],
      ['remove_from_cart', [[MUG.id, 1]]],
      ['remove_from_cart', [[TEA.id, 2]]],
      ['begin_checkout', [[MUG.id, 1]]],
      ['purchase', [[MUG.id, 1]]],
    ]);
  });

  it('the same walk with the shop calling Flocktory itself (no bridge) → the same pushes: the GA4-only shop loses nothing', async () => {
    const ga4 = await walk('ga4');
    await page.close();
    await browser.context.clearCookies();
    page = await browser.context.newPage();
    probe = await PageProbe.attach(page);
    const own = await walk('flocktory');
    const withoutOrderId = (pushes: unknown[], id: string) => JSON.parse(JSON.stringify(pushes).replaceAll(JSON.stringify(id), '"<order>"')) as unknown[];
    expect(withoutOrderId(own.pushes, own.orderId)).toEqual(withoutOrderId(ga4.pushes, ga4.orderId));
    // The shop still feeds its analytics; Flocktory got each change once, not once from each path.
    expect(own.pushes).toHaveLength(EXPECTED_CART_PUSHES.length + 1);
  });

  it('a direct load of the cart after client-side changes shows the same cart (cookie, server-rendered)', async () => {
    await browser.context.addCookies([{ name: 'integration', value: 'ga4', url: server.url }]);
    await page.goto(`${server.url}/product/${TEA.id}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await clickAndWaitForPush('[data-action="add-to-cart"]');
    await clickAndWaitForPush('[data-action="add-to-cart"]');
    await page.goto(`${server.url}/cart`, { waitUntil: 'load' });
    expect(await page.locator(`[data-line="${TEA.id}"] [data-count]`).textContent()).toBe('2');
    // A new page view: the earlier GA4 events are in the old page's dataLayer only; nothing is sent again.
    await page.waitForLoadState('networkidle');
    expect(await probe.pushes()).toEqual([]);
  });
});
