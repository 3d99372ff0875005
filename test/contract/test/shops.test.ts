/**
 * The contract through the demo shops in Chromium: next-shop (App Router, production build) and
 * nuxt-shop (production build, nuxt-security's nonce CSP), for every scenario a shop can express
 * (src/shops.ts says which and why).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from '@flocktory-ssr/test-e2e/chromium';
import { startNextShop, startNuxtShop, type RunningShop } from '@flocktory-ssr/test-e2e/servers';
import { placeOrder } from '@flocktory-ssr/test-e2e/spa-shop-suite';

import type { OrderKey } from '../src/orders';
import { SCENARIOS } from '../src/scenarios';
import { runShopScenario, shopCannotRun, type ShopAdapter, type ShopOrder } from '../src/shops';
import { expectedSummary, summary } from '../src/suite';

async function placeContractOrders(url: string): Promise<Partial<Record<OrderKey, ShopOrder>>> {
  return {
    A: await placeOrder(url, 'Ada Lovelace', 'ada@example.com', { 'MUG-300': 2, 'TEA-GRN': 1 }),
    B: await placeOrder(url, 'Grace Hopper', 'grace@example.com', { 'TEA-GRN': 3 }),
  };
}

const shops: ShopAdapter[] = [
  {
    name: 'next-shop',
    start: startNextShop,
    bundles: /\/_next\/static\/.*\.js(\?|$)/,
    placeOrders: placeContractOrders,
    // The App Router instance Next.js puts on window.
    navigate: (page, path) =>
      page.evaluate((to) => (window as unknown as { next: { router: { push(path: string): void } } }).next.router.push(to), path),
  },
  {
    name: 'nuxt-shop',
    start: startNuxtShop,
    bundles: /\/_nuxt\/.*\.js(\?|$)/,
    placeOrders: placeContractOrders,
    // Vue keeps the app on its container element, in production builds too.
    navigate: (page, path) =>
      page.evaluate(async (to) => {
        const app = (
          document.getElementById('__nuxt') as unknown as {
            __vue_app__: { config: { globalProperties: { $router: { push(path: string): Promise<unknown> } } } };
          }
        ).__vue_app__;
        await app.config.globalProperties.$router.push(to);
      }, path),
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(shops.map((shop) => [shop.name, shop] as const))('%s', (_name, adapter) => {
  let server: RunningShop;
  let orders: Partial<Record<OrderKey, ShopOrder>> = {};
  beforeAll(async () => {
    server = await adapter.start();
    orders = await adapter.placeOrders(server.url);
  });
  afterAll(async () => {
    await server?.close();
  });
  for (const scenario of SCENARIOS) {
    // Orders A and B exist in every shop; which scenarios run does not depend on the run.
    const reason = shopCannotRun(scenario, { A: { id: '', expected: [] }, B: { id: '', expected: [] } });
    if (reason !== null || scenario.needs.some((need) => need !== 'hydration' && need !== 'navigation')) {
      it.skip(`${scenario.name} (not applicable: ${reason ?? `a shop has no ${scenario.needs.join(', ')} switch`})`, () => {});
      continue;
    }
    it(scenario.name, async () => {
      const report = await runShopScenario(browser, { url: server.url, adapter, orders }, scenario);
      expect(summary(report, scenario)).toEqual(
        expectedSummary(
          scenario,
          scenario.expect.pushes.map((key) => orders[key]!.expected),
        ),
      );
    });
  }
});
