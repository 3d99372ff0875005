/**
 * A shopper's whole walk (src/shopper-walk.ts) through next-shop and nuxt-shop, by direct loads
 * and by client-side navigation: markers re-read by reInit once per navigation, each cart event
 * once per click, the cart after sign-in once, the order and the Exchange banner on the thank-you
 * page. The shops differ only in how sign-in answers (src/spa-shopper-walk.ts).
 */
import { describe, it } from 'vitest';

import { startNextShop, startNuxtShop } from '../src/servers';
import { useShopAndBrowser } from '../src/shop-and-browser';
import { walkSpaShopInNewPage } from '../src/spa-shopper-walk';

describe.each([
  { name: 'next-shop', start: startNextShop, signInLands: 'client' },
  { name: 'nuxt-shop', start: startNuxtShop, signInLands: 'load' },
] as const)('$name shopper walk', ({ start, signInLands }) => {
  const running = useShopAndBrowser(start);

  for (const navigation of ['direct', 'client'] as const) {
    it(`${navigation}: category → product → add ×2 → cart (+, −, remove) → sign in → checkout → thank-you, Flocktory gets each thing once`, async () => {
      const page = await walkSpaShopInNewPage(running, navigation, { signInLands });
      await page.close();
    });
  }
});
