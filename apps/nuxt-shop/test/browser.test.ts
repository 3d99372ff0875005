import { existsSync } from 'node:fs';

import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startShop, type RunningShop } from './server';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Observed {
  pushes: Array<[string, { order: { id: string } }]>;
  violations: string[];
  scripts: number;
}

// Real browser flows; skipped (not faked) where Debian's chromium is not installed.
describe.skipIf(!existsSync(CHROMIUM))('nuxt-shop in Chromium: one push per order per page view', () => {
  let shop: RunningShop;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    shop = await startShop();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      // Chromium's note on nuxt-security's SRI for preloads is about the browser, not the page.
      if (message.text().includes('`integrity` attribute is currently ignored for preload')) return;
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
    });
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.stop();
  });

  async function hydrated(): Promise<void> {
    await page.waitForFunction(() => Boolean((document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__));
    await page.waitForFunction(() => Boolean((window as unknown as { __flocktoryStub?: unknown }).__flocktoryStub));
    // Give a wrong second push (effects, watchers) the chance to happen before counting.
    await page.waitForTimeout(300);
  }

  const observe = (): Promise<Observed> =>
    page.evaluate(() => ({
      pushes: (window as unknown as { __flocktoryStub: Observed }).__flocktoryStub.pushes,
      violations: (window as unknown as { __violations: string[] }).__violations,
      scripts: document.querySelectorAll('script[data-flocktory="postcheckout"]').length,
    }));

  it('direct load: the server-rendered snippet runs once, hydration adds nothing', async () => {
    await page.goto(`${shop.url}/thank-you/DEMO-1001`);
    await hydrated();
    const seen = await observe();
    expect(seen.pushes.map((push) => push[1].order.id)).toEqual(['DEMO-1001']);
    expect(seen.pushes[0]![1]).toMatchObject({ order: { items: [{ title: 'Mug "</script><script>alert(1)</script>" 300 ml' }, {}] } });
    expect(seen.violations).toEqual([]);
    expect(seen.scripts).toBe(1);
  });

  it('checkout, client-side navigation, navigating away and back, reload: one push per page view', async () => {
    await page.goto(`${shop.url}/checkout`);
    await hydrated();
    await page.click('button[type=submit]');
    await page.waitForURL(/\/thank-you\/NX-/);
    await page.waitForFunction(() => (window as unknown as { __flocktoryStub: Observed }).__flocktoryStub.pushes.length > 0);
    await page.waitForTimeout(300);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    let seen = await observe();
    expect(seen.pushes.map((push) => push[1].order.id)).toEqual([id]);
    expect(seen.scripts).toBe(0); // pushed from JavaScript: Vue never creates an executing script

    await page.click('header a[href="/"]');
    await page.waitForURL(`${shop.url}/`);
    await page.goBack();
    await page.waitForURL(/\/thank-you\/NX-/);
    await page.waitForSelector('h1:has-text("Thank you")');
    await page.waitForTimeout(300);
    seen = await observe();
    expect(seen.pushes.map((push) => push[1].order.id)).toEqual([id]);

    await page.reload();
    await hydrated();
    seen = await observe();
    expect(seen.pushes.map((push) => push[1].order.id)).toEqual([id]);
    expect(seen.violations).toEqual([]);
  });

  it('logged no errors or warnings (hydration mismatches, CSP)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
