/**
 * A shopper's whole walk through next-shop (src/shopper-walk.ts), by direct loads and by
 * client-side navigation: markers re-read by reInit once per navigation, each cart event once per
 * click, the cart after sign-in once, the order and the Exchange banner on the thank-you page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium, type Browser } from '../src/chromium';
import { PageProbe } from '../src/probe';
import { startNextShop, type RunningShop } from '../src/servers';
import { walkSpaShop } from '../src/spa-shopper-walk';

describe('next-shop shopper walk', () => {
  let shop: RunningShop;
  let browser: Browser;

  beforeAll(async () => {
    shop = await startNextShop();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  for (const navigation of ['direct', 'client'] as const) {
    it(`${navigation}: category → product → add ×2 → cart (+, −, remove) → sign in → checkout → thank-you, Flocktory gets each thing once`, async () => {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      const probe = await PageProbe.attach(page);
      expect(await walkSpaShop(page, probe, shop.url, navigation, { signInLands: 'client' })).toHaveLength(14);
      await page.close();
    });
  }
});
