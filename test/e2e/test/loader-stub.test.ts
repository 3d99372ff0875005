/**
 * The loader stand-in itself (apps/loader-stub/loader.js) in Chromium: it reads the markers once
 * the document is parsed and again on `flocktory.reInit()`, one page view each; it records every
 * push, the queued ones first; and what it shows on the page is text, whatever the shop's data.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

import { loaderStubSource } from '@flocktory-ssr/loader-stub';
import type { FlocktoryStubState } from '@flocktory-ssr/loader-stub';

import { launchChromium, type Browser } from '../src/chromium';
import { PageProbe } from '../src/probe';

const ORIGIN = 'http://shop.invalid';
const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

// The loader sits in <head>, before the markers: the stand-in must wait for the parsed document.
const PAGE = `<!doctype html><html><head>
<script>window.flocktory = window.flocktory || []; window.flocktory.push(['addToCart', { item: { id: 'a', price: 1, count: 1 } }]);</script>
<script src="/loader.js?site_id=42"></script>
</head><body>
<div class="i-flocktory" data-fl-user-email="ada@example.com" data-fl-user-name="${HOSTILE.replaceAll('"', '&quot;').replaceAll('<', '&lt;')}"></div>
<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="shoes"></div>
</body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const state = (probe: PageProbe) => probe.page.evaluate(() => JSON.parse(JSON.stringify(window.__flocktoryStub)) as FlocktoryStubState);

it('records one page view on load and one per reInit(), every push, and shows them as text only', async () => {
  const page = await browser.context.newPage();
  const probe = await PageProbe.attach(page);
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/loader.js') return route.fulfill({ contentType: 'text/javascript', body: loaderStubSource });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
  });
  await page.goto(`${ORIGIN}/category/shoes`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window.__flocktoryStub?.views.length ?? 0) >= 1);

  const user = { action: null, attributes: { 'data-fl-user-email': 'ada@example.com', 'data-fl-user-name': HOSTILE } };
  const category = {
    action: 'track-category-view',
    attributes: { 'data-fl-action': 'track-category-view', 'data-fl-category-id': 'shoes' },
  };
  expect(await state(probe)).toEqual({
    siteId: '42',
    pushes: [['addToCart', { item: { id: 'a', price: 1, count: 1 } }]],
    views: [{ reason: 'load', url: `${ORIGIN}/category/shoes`, markers: [user, category] }],
  });

  // A client-side navigation: new markers, then reInit().
  await page.evaluate((hostile) => {
    history.pushState({}, '', '/product/b');
    document.querySelector('[data-fl-action]')!.remove();
    const item = document.createElement('div');
    item.className = 'i-flocktory';
    item.setAttribute('data-fl-action', 'track-item-view');
    item.setAttribute('data-fl-item-id', 'b');
    document.body.append(item);
    (window as unknown as { flocktory: { reInit(): void; push(command: unknown): number } }).flocktory.reInit();
    (window as unknown as { flocktory: { push(command: unknown): number } }).flocktory.push([
      'removeFromCart',
      { item: { id: hostile, count: 1 } },
    ]);
  }, HOSTILE);
  const after = await state(probe);
  expect(after.views).toEqual([
    { reason: 'load', url: `${ORIGIN}/category/shoes`, markers: [user, category] },
    {
      reason: 'reInit',
      url: `${ORIGIN}/product/b`,
      markers: [user, { action: 'track-item-view', attributes: { 'data-fl-action': 'track-item-view', 'data-fl-item-id': 'b' } }],
    },
  ]);
  expect(after.pushes).toHaveLength(2);

  // The box: one line per push and per view, the hostile name as text, no element made from it.
  const lines = await page.locator('#flocktory-stub li').allTextContents();
  expect(lines).toEqual([
    'received addToCart a +1 at 1',
    `page view (load) /category/shoes: user ada@example.com, category shoes`,
    'page view (reInit) /product/b: user ada@example.com, item b',
    `received removeFromCart ${HOSTILE} −1`,
  ]);
  expect(await page.locator('#flocktory-stub img, #flocktory-stub script').count()).toBe(0);
  expect(probe.dialogs).toEqual([]);
  expect(probe.pageErrors).toEqual([]);
  await page.close();
});
