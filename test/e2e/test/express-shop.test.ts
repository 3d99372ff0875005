/**
 * express-shop in Debian's Chromium, with the loader stand-in recording pushes.
 * Express renders every page on the server, so there is no client-side navigation (scenario 2
 * applies to Next.js and Nuxt); the checkout form's POST → 303 → thank-you flow is tested instead.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { buildPostcheckout, type PostcheckoutInput } from '@flocktory-ssr/core';

import { placeExpressOrder } from '../src/express-orders';
import { cspNonceOf, PageProbe } from '../src/probe';
import { startExpressShop } from '../src/servers';
import { useShopAndBrowser } from '../src/shop-and-browser';

const STUB_PATH = '/flocktory-stub/loader.js';

const running = useShopAndBrowser(startExpressShop);
let page: Page;
let probe: PageProbe;

beforeEach(async () => {
  page = await running.browser.context.newPage();
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
  const response = await page.goto(running.shop.url + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return cspNonceOf(response);
}

describe('express-shop', () => {
  it('1. direct load of the thank-you page → exactly one postcheckout push with the expected data', async () => {
    const order = await placeExpressOrder(running.shop.url, plainForm);
    const { nonce } = await openThankYou(order.thankYouPath);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)]);
    const scripts = await probe.postcheckoutScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ order: order.id, nonce });
    expect(scripts[0]!.text).toBe(buildPostcheckout((pushes[0] as [string, PostcheckoutInput])[1], { mode: 'strict' })!.code);
  });

  it('checkout form in the browser → POST, 303, thank-you → exactly one push', async () => {
    await page.goto(`${running.shop.url}/`, { waitUntil: 'load' });
    await page.fill('input[name="name"]', 'Мария');
    await page.fill('input[name="email"]', 'maria@example.com');
    await page.fill('input[name="qty-sku-1003"]', '1');
    await Promise.all([page.waitForURL(/\/thank-you\//), page.click('button[type="submit"]')]);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([
      postcheckout(id, { name: 'Мария', email: 'maria@example.com' }, 3490, [
        { id: 'sku-1003', title: 'Рюкзак городской 25 л', price: 3490, count: 1 },
      ]),
    ]);
  });

  it('3. reload → a new page view pushes the order once again (one push per page view; Flocktory dedupes by order id)', async () => {
    const order = await placeExpressOrder(running.shop.url, plainForm);
    await openThankYou(order.thankYouPath);
    const expected = [postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)];
    expect(await probe.waitForPushes(1)).toEqual(expected);
    const response = await page.reload({ waitUntil: 'load' });
    cspNonceOf(response);
    expect(await probe.waitForPushes(1)).toEqual(expected);
  });

  it('4. hostile order → no dialog, no injected element, no console error, data pushed intact', async () => {
    const name = '</script><script>alert("name")</script> <!-- Иван «Хакер» \u2028x\u2029 <img src=x onerror=alert(2)>';
    // Valid, yet it ends a hand-written snippet's quoted string (an address with `<` is refused).
    const email = "x'-alert`1`-'${alert`2`}{{7*7}}@example.com";
    const order = await placeExpressOrder(running.shop.url, { name, email, phone: '', 'qty-sku-0666': '2', 'qty-sku-1004': '1' });
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
    const order = await placeExpressOrder(running.shop.url, plainForm);
    for (const path of ['/', '/?preset=hostile', '/?preset=invalid', order.thankYouPath]) {
      const response = await page.goto(running.shop.url + path, { waitUntil: 'load' });
      const { nonce } = cspNonceOf(response);
      expect(await probe.injected(nonce)).toEqual([]);
      expect(
        await page.evaluate(() => Array.from(document.scripts).filter((script) => script.src.includes('/flocktory-stub/loader.js')).length),
      ).toBe(1);
      expect(await probe.violations()).toEqual([]);
      // Under the CSP the snippet still runs: the thank-you page's order, and nothing on the others.
      if (path === order.thankYouPath) {
        expect(await probe.waitForPushes(1)).toEqual([
          postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems),
        ]);
      } else {
        await page.waitForLoadState('networkidle');
        expect(await probe.pushes()).toEqual([]);
      }
    }
  });

  it('7. an order id with `<script`, `<style` and quotes → the inline script keeps its nonce and pushes once', async () => {
    const order = await placeExpressOrder(running.shop.url, plainForm);
    const id = '<script>"x\'<STYLE>';
    const { nonce } = await openThankYou(`/edge-cases/${encodeURIComponent(order.id)}?id=${encodeURIComponent(id)}`);
    const pushes = await probe.waitForPushes(1);
    expect(pushes).toEqual([postcheckout(id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)]);
    expect((await probe.postcheckoutScripts()).map((script) => [script.order, script.nonce, script.attributes])).toEqual([
      [id, nonce, ['data-flocktory', 'nonce']],
    ]);
    expect(await probe.injected(nonce)).toEqual([]);
  });

  it('8. two snippets for one order id → one push, with the first data, whether the second has the same data or not', async () => {
    const order = await placeExpressOrder(running.shop.url, plainForm);
    const expected = [postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)];
    for (const twice of ['same', 'other']) {
      await openThankYou(`/edge-cases/${encodeURIComponent(order.id)}?twice=${twice}`);
      expect(await probe.waitForPushes(1)).toEqual(expected);
      expect(await probe.postcheckoutScripts()).toHaveLength(2);
    }
  });

  it('9. elements with id and name "flocktory" before the snippet → the order is pushed once, nothing throws', async () => {
    const order = await placeExpressOrder(running.shop.url, plainForm);
    await openThankYou(`/edge-cases/${encodeURIComponent(order.id)}?clobber`);
    expect(await probe.waitForPushes(1)).toEqual([
      postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems),
    ]);
    expect(await page.evaluate(() => document.querySelectorAll('#flocktory, form[name="flocktory"]').length)).toBe(2);
  });

  // Express pages have no JavaScript bundle: the inline snippet is the page's only code of ours, and
  // the loader its only external script. So the script that fails here is the loader (an ad
  // blocker, a network error): the order must wait in the queue, intact, for a loader that comes later.
  it('6. the loader blocked → the order waits in window.flocktory, and a loader arriving later receives it once', async () => {
    const aborted: string[] = [];
    const isLoader = (url: URL) => url.pathname === STUB_PATH;
    await page.route(isLoader, async (route) => {
      aborted.push(route.request().url());
      await route.abort();
    });
    const order = await placeExpressOrder(running.shop.url, plainForm);
    const { nonce } = await openThankYou(order.thankYouPath);
    expect(aborted).toHaveLength(1);
    const expected = [postcheckout(order.id, { name: 'Иван Иванов', email: 'ivan@example.com' }, 11279.5, plainItems)];
    // Without a loader, window.flocktory is still the plain queue the snippet pushed to.
    expect(await page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { flocktory?: unknown }).flocktory ?? null)))).toEqual(
      expected,
    );
    expect(await probe.pushes()).toEqual([]);
    await page.unroute(isLoader);
    await page.evaluate(
      ([src, scriptNonce]) => {
        const script = document.createElement('script');
        script.src = src;
        script.nonce = scriptNonce;
        document.head.append(script);
      },
      [STUB_PATH, nonce] as const,
    );
    expect(await probe.waitForPushes(1)).toEqual(expected);
    // The aborted load is reported by the browser as a failed resource; nothing else may be.
    probe.consoleErrors.splice(
      0,
      probe.consoleErrors.length,
      ...probe.consoleErrors.filter((text) => !/Failed to load resource: net::ERR_FAILED/.test(text)),
    );
  });
});
