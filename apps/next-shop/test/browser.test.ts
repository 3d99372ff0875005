import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID } from '../lib/orders';
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

type Push = [string, { order: { id: string } }];

let shop: RunningShop;
let browser: Browser;

beforeAll(async () => {
  shop = await startShop();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

/** A page that records CSP violations and console errors, so a test can require there are none. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP blocked ${event.blockedURI || 'inline'} (${event.violatedDirective})`);
    });
  });
  return { page, problems };
}

/** What the loader stand-in received in this page view, after everything had time to run. */
async function settledPushes(page: Page, atLeast: number): Promise<Push[]> {
  await page.waitForFunction(
    (count) => ((window as unknown as { __flocktoryStub?: { pushes: unknown[] } }).__flocktoryStub?.pushes.length ?? 0) >= count,
    atLeast,
    { timeout: 15_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500); // hydration and effects: a second push would land by now
  return page.evaluate(() => (window as unknown as { __flocktoryStub: { pushes: Push[] } }).__flocktoryStub.pushes);
}

describe.skipIf(!existsSync(CHROMIUM))('in Chromium, under the strict nonce CSP', () => {
  it('a direct load pushes once (inline script), hydration adds nothing; a reload pushes once again', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${shop.url}/thank-you/${DEMO_ORDER_ID}`);
    let pushes = await settledPushes(page, 1);
    expect(pushes.map(([name, data]) => [name, data.order.id])).toEqual([['postcheckout', DEMO_ORDER_ID]]);
    await page.reload();
    pushes = await settledPushes(page, 1);
    expect(pushes).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the Pages Router page also pushes once on a direct load', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${shop.url}/pages-router/thank-you/${DEMO_ORDER_ID}`);
    const pushes = await settledPushes(page, 1);
    expect(pushes.map(([, data]) => data.order.id)).toEqual([DEMO_ORDER_ID]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('checkout → router.push → thank-you pushes once; a second order in the same view pushes once more', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${shop.url}/checkout`);
    await page.waitForLoadState('networkidle');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/thank-you\/NS-/, { timeout: 15_000 });
    const firstId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    let pushes = await settledPushes(page, 1);
    expect(pushes.map(([, data]) => data.order.id)).toEqual([firstId]);
    // It came from the client, not from a script React created (React never runs those).
    expect(await page.locator('script[data-flocktory="postcheckout"]').count()).toBe(0);
    // Still the same page view (no full load): go back and order again.
    await page.goBack();
    await page.waitForURL(/\/checkout$/);
    await page.click('button[type=submit]');
    await page.waitForURL((url) => url.pathname.startsWith('/thank-you/NS-') && !url.pathname.endsWith(encodeURIComponent(firstId)));
    pushes = await settledPushes(page, 2);
    const secondId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(pushes.map(([, data]) => data.order.id)).toEqual([firstId, secondId]);
    // Forward/back to an order already sent in this view: no new push.
    await page.goBack();
    await page.goForward();
    await page.waitForURL((url) => url.pathname.endsWith(encodeURIComponent(secondId)));
    pushes = await settledPushes(page, 2);
    expect(pushes).toHaveLength(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});
