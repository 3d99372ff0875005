/**
 * One page view in Chromium, watched for everything the matrix asserts: what the loader stand-in
 * received, how often loader.js was requested, CSP violations, errors and console messages.
 */
import type { Page } from 'playwright-core';

import type { Browser } from '@flocktory-ssr/test-e2e/chromium';
import { PageProbe } from '@flocktory-ssr/test-e2e/probe';
import { LOADER_STUB_URL_PATH } from '@flocktory-ssr/loader-stub';

const WAIT_MS = 15_000;

export interface ConsoleLine {
  type: string;
  text: string;
  /** The script or resource it is about. */
  url: string;
}

export interface PageView {
  page: Page;
  probe: PageProbe;
  /** Every console message. */
  console: ConsoleLine[];
  /** Requests for loader.js so far. Routing turns the HTTP cache off, so each one is counted. */
  loaderRequests(): number;
  close(): Promise<void>;
}

export async function openPageView(browser: Browser): Promise<PageView> {
  const page = await browser.context.newPage();
  const probe = await PageProbe.attach(page);
  const messages: ConsoleLine[] = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text(), url: message.location().url }));
  let loaderRequests = 0;
  await page.route(`**${LOADER_STUB_URL_PATH}*`, (route) => {
    loaderRequests += 1;
    return route.continue();
  });
  return { page, probe, console: messages, loaderRequests: () => loaderRequests, close: () => page.close() };
}

/** Lets the page finish what it starts after `load` (hydration, async scripts); bounded, never fails by itself. */
export async function settle(view: PageView, ms = 1_000): Promise<void> {
  await view.page.waitForLoadState('networkidle', { timeout: WAIT_MS }).catch(() => {});
  await view.page.waitForTimeout(ms);
}

/** Waits (bounded) for the stand-in to have loaded, then lets late pushes arrive; returns every push. */
export async function pushesAfterLoader(view: PageView): Promise<unknown[]> {
  try {
    await view.page.waitForFunction(() => 'pushes' in ((window as unknown as { __flocktoryStub?: object }).__flocktoryStub ?? {}), null, {
      timeout: WAIT_MS,
    });
  } catch {
    const queued = await view.page.evaluate(() => JSON.stringify((window as unknown as { flocktory?: unknown }).flocktory ?? null));
    throw new Error(
      `the Flocktory stand-in never ran within ${WAIT_MS / 1000} s: loader.js requested ${view.loaderRequests()} time(s); ` +
        `window.flocktory is ${queued.slice(0, 300)}`,
    );
  }
  await settle(view);
  return view.probe.pushes();
}

/** Console errors, except the browser's own note that the app has no /favicon.ico. */
export function consoleErrors(view: PageView): string[] {
  return view.console
    .filter((line) => line.type === 'error' && !(/^Failed to load resource/.test(line.text) && /\/favicon\.ico$/.test(line.url)))
    .map((line) => `${line.text} (${line.url})`);
}
