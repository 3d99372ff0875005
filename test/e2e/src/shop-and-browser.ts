/**
 * One demo shop and one Chromium for the tests of a file or a describe block: started before the
 * first test, closed after the last, even when starting failed half-way.
 */
import { afterAll, beforeAll } from 'vitest';

import { launchChromium, type Browser } from './chromium';
import type { RunningShop } from './servers';

export interface ShopAndBrowser {
  readonly shop: RunningShop;
  readonly browser: Browser;
}

/** Registers the hooks in the current block; read `shop` and `browser` inside tests only. */
export function useShopAndBrowser(start: () => Promise<RunningShop>): ShopAndBrowser {
  let shop: RunningShop | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    shop = await start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: read it inside a test`);
    return value;
  };
  return {
    get shop() {
      return started(shop, 'the shop');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
