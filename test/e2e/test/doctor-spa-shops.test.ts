/**
 * flocktory-doctor against the running next-shop and nuxt-shop, as doctor-express-shop.test.ts
 * does against express-shop: its API (`checkPages`) and its command, plain and `--browser` with
 * click/navigate steps (client-side navigations by the shop's own links) along the shopping path.
 * The shops' pages give no errors; their `/broken/marker` page (hand-written on purpose:
 * apps/next-shop/app/broken/marker/page.tsx, apps/nuxt-shop/app/pages/broken/marker.vue) gives the
 * doctor's specific findings. Both shops share catalog, paths and selectors (src/spa-shopper-walk.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkPages, type Report } from '@flocktory-ssr/doctor';

import { assertChromium } from '../src/chromium';
import { allProblems, BROKEN_MARKER_ERRORS, browserOptions, checkShopPages, errorCodes, runDoctorCli } from '../src/doctor';
import { startNextShop, startNuxtShop, type RunningShop } from '../src/servers';
import { placeOrder } from '../src/spa-shop-suite';
import { SPA_MUG, SPA_TEA } from '../src/spa-shopper-walk';

const ADD = '[data-action="add-to-cart"]';
const line = (action: string) => `[data-line="${SPA_MUG.id}"] [data-action="${action}"]`;

function doctorOnSpaShop(name: string, start: () => Promise<RunningShop>): void {
  describe(`flocktory-doctor on ${name}`, () => {
    let shop: RunningShop;
    let thankYouPath: string;
    const url = (path: string) => shop.url + path;

    beforeAll(async () => {
      assertChromium();
      shop = await start();
      const order = await placeOrder(shop.url, 'Ada Lovelace', 'ada@example.com', { 'MUG-300': 2 });
      thankYouPath = `/thank-you/${encodeURIComponent(order.id)}`;
    });
    afterAll(async () => {
      await shop?.close();
    });

    it('plain: no error or warning on the shop’s pages, fetched logged out; sees their markers and pushes', async () => {
      const report = await checkShopPages(shop.url, {
        category: '/category/tea-time',
        // The hostile brand first: it reaches the marker escaped.
        products: [SPA_MUG.path, SPA_TEA.path],
        thankYou: thankYouPath,
      });
      expect(report.pages[2]!.markers[0]!.attributes).toEqual({ class: 'i-flocktory', ...SPA_MUG.itemMarker });
    });

    it('plain: the specific errors of the hand-written markers on /broken/marker', async () => {
      const report = await checkPages([url('/broken/marker')], { anonymous: true });
      expect(report.exitCode).toBe(1);
      const [page] = report.pages;
      expect(errorCodes(page!)).toEqual(BROKEN_MARKER_ERRORS);
      const missing = page!.findings.filter((finding) => finding.code === 'marker_attribute_required').map((finding) => finding.path);
      expect(missing.sort()).toEqual(['data-fl-category-id', 'data-fl-item-id']);
    });

    it('--browser: a shopper’s client-side path (category → product, add ×2, cart: +, −, remove) sends exactly the cart events, with no error', async () => {
      const report = await checkPages(
        [
          {
            target: url('/category/tea-time'),
            pageType: 'category',
            steps: [
              { navigate: SPA_MUG.path },
              { click: ADD },
              { click: ADD },
              { navigate: '/cart' },
              { click: line('increment') },
              { click: line('decrement') },
              { click: line('remove') },
            ],
          },
          { target: url('/broken/marker'), pageType: 'product' },
        ],
        { anonymous: true, browser: browserOptions },
      );
      const [walk, broken] = report.pages;
      expect(allProblems({ ...report, pages: [walk!] })).toEqual([]);
      const added = ['addToCart', { item: { ...SPA_MUG.addToCartItem, count: 1 } }];
      const removed = (count: number) => ['removeFromCart', { item: { id: SPA_MUG.id, count } }];
      // Every navigation is the app's own (by its link, no page load), and each shows the new page's markers.
      expect(
        walk!.browser!.map((step) => [
          step.action.replace(shop.url, ''),
          step.markers.map((marker) => marker.kind),
          step.pushes,
          step.cspViolations,
          step.consoleErrors,
        ]),
      ).toEqual([
        ['load /category/tea-time', ['category'], [], [], []],
        [`navigate ${SPA_MUG.path}`, ['item'], [], [], []],
        [`click ${ADD}`, ['item'], [added], [], []],
        [`click ${ADD}`, ['item'], [added], [], []],
        ['navigate /cart', [], [], [], []],
        [`click ${line('increment')}`, [], [added], [], []],
        [`click ${line('decrement')}`, [], [removed(1)], [], []],
        [`click ${line('remove')}`, [], [removed(2)], [], []],
      ]);
      // The broken page's markers are there after hydration too (the framework keeps the raw HTML).
      expect(broken!.browser![0]!.markers.map((marker) => marker.kind).sort()).toEqual(['category', 'item', 'user']);
      expect(errorCodes(broken!)).toEqual(BROKEN_MARKER_ERRORS);
      expect(report.exitCode).toBe(1);
    });

    it('command: plain exits 1 with the broken page’s codes only; --browser --click --navigate exits 0', async () => {
      const plain = await runDoctorCli([
        '--json',
        '--expect-anonymous',
        url('/'),
        url('/category/tea-time'),
        url(SPA_MUG.path),
        url('/cart'),
        url('/broken/marker'),
      ]);
      expect(plain.stderr).toBe('');
      expect(plain.code).toBe(1);
      const report = JSON.parse(plain.stdout) as Report;
      expect(allProblems({ ...report, pages: report.pages.slice(0, 4) })).toEqual([]);
      expect(report.pages.map(errorCodes)).toEqual([[], [], [], [], BROKEN_MARKER_ERRORS]);
      const browser = await runDoctorCli(['--json', '--page-type', 'product', '--click', ADD, '--navigate', '/cart', url(SPA_MUG.path)]);
      expect(browser.stderr).toBe('');
      expect(browser.code).toBe(0);
      const steps = (JSON.parse(browser.stdout) as Report).pages[0]!.browser!;
      expect(steps.map((step) => [step.action.replace(shop.url, ''), step.pushes.map((push) => (push as [string])[0])])).toEqual([
        [`load ${SPA_MUG.path}`, []],
        [`click ${ADD}`, ['addToCart']],
        ['navigate /cart', []],
      ]);
    });
  });
}

doctorOnSpaShop('next-shop', startNextShop);
doctorOnSpaShop('nuxt-shop', startNuxtShop);
