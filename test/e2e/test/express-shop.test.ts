/**
 * express-shop in Debian's Chromium, with the loader stand-in recording pushes.
 * Express renders every page on the server, so there is no client-side navigation (scenario 2
 * applies to Next.js and Nuxt); the checkout form's POST → 303 → thank-you flow is tested instead.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { buildPostcheckout, type PostcheckoutInput } from '@flocktory-ssr/core';

import { launchChromium, type Browser } from '../src/chromium';
import { placeExpressOrder } from '../src/express-orders';
import { cspNonceOf, PageProbe } from '../src/probe';
import { startExpressShop, type RunningShop } from '../src/servers';

const STUB_PATH = '/flocktory-stub/loader.js';

let shop: RunningShop;
let browser: Browser;
let page: Page;
let probe: PageProbe;

beforeAll(async () => {
  shop = await startExpressShop();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await shop?.close();
});
beforeEach(async () => {
  page = await browser.context.newPage();
  probe = await PageProbe.attach(page);
});
afterEach(async () => {
  // Every scenario: no CSP violation, no dialog, no error on any page it visited.
  expect(await probe.violations()).toEqual([]);
  expect(probe.dialogs).toEqual([]);
  expect(probe.errors()).toEqual([]);
  expect(probe.pageErrors).toEqual([]);
  await page.close();
});

const plainForm = { name: 'Иван Иванов', email: 'ivan@example.com', phone: '', 'qty-sku-1001': '2', 'qty-sku-1002': '1' };
const plainItems = [
  { id: 'sku-1001', title: 'Кроссовки «Бегун»', price: 4990, count: 2 },
  { id: 'sku-1002', title: 'Футболка хлопковая, белая', price: 1299.5, count: 1 },
];

function postcheckout(id: string, user: object, price: number, items: object[]) {
  return ['postcheckout', { user, order: { id, price, items } }];
}

async function openThankYou(path: string) {
  const response = await page.goto(shop.url + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return cspNonceOf(response);
}

describe('express-shop', () => {
  it('1. direct load of the thank-you page → exactly one postcheckout push with the expected data', async () => {
    const order = await placeExpressOrder(shop.url, plainForm);
    const { nonce } = await openThankYou(order.thankYouPath);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)]);
    const scripts = await probe.postcheckoutScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ order: order.id, nonce });
    expect(scripts[0]!.text).toBe(buildPostcheckout((pushes[0] as [string, PostcheckoutInput])[1], { mode: 'strict' })!.code);
  });

  it('checkout form in the browser → POST, 303, thank-you → exactly one push', async () => {
    await page.goto(`${shop.url}/`, { waitUntil: 'load' });
    await page.fill('input[name="name"]', 'Мария');
    await page.fill('input[name="email"]', 'maria@example.com');
    await page.fill('input[name="qty-sku-1003"]', '1');
    await Promise.all([page.waitForURL(/\/thank-you\//), page.click('button[type="submit"]')]);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([postcheckout(id, { name: 'Мария', email: 'maria@example.com' }, 3490, [{ id: 'sku-1003', title: 'Рюкзак городской 25 л', price: 3490, count: 1 }])]);
  });

  it('3. reload → a new page view pushes the order once again (one push per page view; Flocktory dedupes by order id)', async () => {
    const order = await placeExpressOrder(shop.url, plainForm);
    await openThankYou(order.thankYouPath);
    const first = await probe.waitForPushes(1);
    expect(first).toHaveLength(1);
    const response = await page.reload({ waitUntil: 'load' });
    cspNonceOf(response);
    const second = await probe.waitForPushes(1);
    expect(second).toEqual(first);
  });

  it('4. hostile order → no dialog, no injected element, no console error, data pushed intact', async () => {
    const name = '</script><script>alert("name")</script> <!-- Иван «Хакер» \u2028x\u2029 <img src=x onerror=alert(2)>';
    // Valid, yet it ends a hand-written snippet's quoted string (an address with `<` is refused).
    const email = "x'-alert`1`-'${alert`2`}{{7*7}}@example.com";
    const order = await placeExpressOrder(shop.url, { name, email, phone: '', 'qty-sku-0666': '2', 'qty-sku-1004': '1' });
    const { nonce } = await openThankYou(order.thankYouPath);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([
      // Items in catalog order.
      postcheckout(order.id, { name, email }, 225.74, [
        { id: 'sku-1004', title: 'Носки "Ёжик" & Co <3', price: 199, count: 1 },
        { id: 'sku-0666', title: '</script><script>alert(1)</script>', price: 13.37, count: 2 },
      ]),
    ]);
    expect(await probe.injected(nonce)).toEqual([]);
    await page.waitForTimeout(300);
  });

  it('5. strict nonce CSP on every page, every script carries it, no securitypolicyviolation', async () => {
    const order = await placeExpressOrder(shop.url, plainForm);
    for (const path of ['/', '/?preset=hostile', '/?preset=invalid', order.thankYouPath]) {
      const response = await page.goto(shop.url + path, { waitUntil: 'load' });
      const { nonce } = cspNonceOf(response);
      expect(await probe.injected(nonce)).toEqual([]);
      expect(await page.evaluate(() => Array.from(document.scripts).filter((script) => script.src.includes('/flocktory-stub/loader.js')).length)).toBe(1);
      expect(await probe.violations()).toEqual([]);
    }
  });

  it('7. an order id with `<script`, `<style` and quotes → the inline script keeps its nonce and pushes once', async () => {
    const order = await placeExpressOrder(shop.url, plainForm);
    const id = '<script>"x\'<STYLE>';
    const { nonce } = await openThankYou(`/edge-cases/${encodeURIComponent(order.id)}?id=${encodeURIComponent(id)}`);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([postcheckout(id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)]);
    expect((await probe.postcheckoutScripts()).map((script) => [script.order, script.nonce, script.attributes])).toEqual([[id, nonce, ['data-flocktory', 'nonce']]]);
    expect(await probe.injected(nonce)).toEqual([]);
  });

  it('8. two snippets for one order id → one push, with the first data, whether the second has the same data or not', async () => {
    const order = await placeExpressOrder(shop.url, plainForm);
    const expected = [postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)];
    for (const twice of ['same', 'other']) {
      await openThankYou(`/edge-cases/${encodeURIComponent(order.id)}?twice=${twice}`);
      expect(await probe.waitForPushes(1)).toEqual(expected);
      expect(await probe.postcheckoutScripts()).toHaveLength(2);
    }
  });

  it('9. elements with id and name "flocktory" before the snippet → the order is pushed once, nothing throws', async () => {
    const order = await placeExpressOrder(shop.url, plainForm);
    await openThankYou(`/edge-cases/${encodeURIComponent(order.id)}?clobber`);
    expect(await probe.waitForPushes(1)).toEqual([postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)]);
    expect(await page.evaluate(() => document.querySelectorAll('#flocktory, form[name="flocktory"]').length)).toBe(2);
  });

  it('6. every script but the loader stand-in aborted → the order is still pushed from the server HTML', async () => {
    const aborted: string[] = [];
    await page.route(
      (url) => !url.pathname.startsWith(STUB_PATH),
      async (route) => {
        if (route.request().resourceType() === 'script') {
          aborted.push(route.request().url());
          await route.abort();
        } else await route.continue();
      },
    );
    const order = await placeExpressOrder(shop.url, plainForm);
    await openThankYou(order.thankYouPath);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)]);
  });
});
