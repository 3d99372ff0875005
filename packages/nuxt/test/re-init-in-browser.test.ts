/**
 * reInit in Chromium, on a built app: exactly one per client-side navigation, seeing the new page's
 * markers only, whether Nuxt reuses the page instance (query-only change, custom page key) or
 * renders a new one behind a page transition (default and out-in mode). Unit cases of the hook
 * orders: re-init-after-page-render.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { setup, url } from '@nuxt/test-utils/e2e';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

await setup({
  rootDir: fileURLToPath(new URL('./fixtures/navigation', import.meta.url)),
  server: true,
  browser: false,
  setupTimeout: 300_000,
});

// Debian's Chromium, as test/e2e drives it (browsers are never downloaded).
const CHROMIUM_PATH = process.env.FLOCKTORY_CHROMIUM ?? '/usr/bin/chromium';

let profile: string;
let context: BrowserContext;
beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'flocktory-nuxt-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  context.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await context?.close().catch(() => {});
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/** A page whose loader is a stub recording, at each reInit, the URL and the markers then in the DOM. */
async function openApp(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/flocktory-stub/loader.js*', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.addInitScript(() => {
    const seen: string[] = [];
    const markers = () =>
      [...document.querySelectorAll('.i-flocktory')].map(
        (marker) => marker.getAttribute('data-fl-category-id') ?? marker.getAttribute('data-fl-item-id'),
      );
    Object.assign(window, {
      reInitsSeen: seen,
      flocktory: Object.assign([], { reInit: () => seen.push(`${location.pathname}${location.search} sees ${markers().join(',')}`) }),
    });
  });
  await page.goto(url(path));
  await page.waitForFunction(
    () => 'navigateForTest' in window && !document.querySelector('[data-v-app]')?.hasAttribute('data-server-rendered'),
  );
  return page;
}

const reInitsSeen = (page: Page) => page.evaluate(() => (window as unknown as { reInitsSeen: string[] }).reInitsSeen.slice());

/** Navigates client-side; returns the reInits it caused, once they stopped coming (the transition is 0.3 s). */
async function navigate(page: Page, path: string): Promise<string[]> {
  const before = (await reInitsSeen(page)).length;
  await page.evaluate((to) => (window as unknown as { navigateForTest: (to: string) => Promise<unknown> }).navigateForTest(to), path);
  await page
    .waitForFunction((count) => (window as unknown as { reInitsSeen: string[] }).reInitsSeen.length > count, before)
    .catch(() => {});
  await page.waitForTimeout(800);
  return (await reInitsSeen(page)).slice(before);
}

describe('reInit after client-side navigation, in Chromium', () => {
  it('none on the first page; one per navigation of a reused page instance (query, custom key)', async () => {
    const page = await openApp('/q');
    expect(await reInitsSeen(page)).toEqual([]);
    expect(await navigate(page, '/q?c=1')).toEqual(['/q?c=1 sees 1']);
    expect(await navigate(page, '/q?c=2')).toEqual(['/q?c=2 sees 2']);
    expect(await navigate(page, '/keyed/a')).toEqual(['/keyed/a sees keyed-a']);
    expect(await navigate(page, '/keyed/b')).toEqual(['/keyed/b sees keyed-b']);
    await page.close();
  });

  it('behind a page transition, default and out-in: one per navigation, once the old page has left', async () => {
    const page = await openApp('/q');
    expect(await navigate(page, '/fade/1')).toEqual(['/fade/1 sees fade-1']);
    expect(await navigate(page, '/fade/2')).toEqual(['/fade/2 sees fade-2']);
    expect(await navigate(page, '/outin/1')).toEqual(['/outin/1 sees outin-1']);
    expect(await navigate(page, '/outin/2')).toEqual(['/outin/2 sees outin-2']);
    expect(await navigate(page, '/q?c=3')).toEqual(['/q?c=3 sees 3']);
    await page.close();
  });
});
