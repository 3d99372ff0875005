/**
 * What every web app of the matrix must do, as a user of the packages would see it. Assertions are
 * on what the Flocktory stand-in received and on what the server printed, never on our markup, so
 * they hold whatever attributes the scripts carry.
 */
import { expect } from 'vitest';

import type { Browser } from '@flocktory-ssr/test-e2e/chromium';
import { scriptsOf } from '@flocktory-ssr/test-support';

import { type BAD_ORDERS, EXPECTED_PUSH, GOOD_ORDER, thankYouPath } from './orders';
import { consoleErrors, openPageView, pushesAfterLoader, settle, type PageView } from './page-view';
import type { RunningServer } from './processes';

type BadOrder = (typeof BAD_ORDERS)[number];

/** The `window.flocktory.push(["postcheckout", …])` call, also as it appears JSON-escaped in framework payloads. */
const POSTCHECKOUT_CALL = /\\?"postcheckout\\?"/;

/** Inline scripts of a server-rendered page that would push a postcheckout. */
export function postcheckoutSnippets(html: string): string[] {
  return scriptsOf(html, 'document')
    .map((script) => script.text)
    .filter((text) => POSTCHECKOUT_CALL.test(text));
}

async function inPageView<T>(browser: Browser, check: (view: PageView) => Promise<T>): Promise<T> {
  const view = await openPageView(browser);
  try {
    return await check(view);
  } finally {
    await view.close();
  }
}

/** Nothing went wrong on the page: no CSP violation, no uncaught error, no console error. */
async function expectCleanPage(view: PageView): Promise<void> {
  expect({
    cspViolations: await view.probe.violations(),
    pageErrors: view.probe.pageErrors,
    consoleErrors: consoleErrors(view),
  }).toEqual({ cspViolations: [], pageErrors: [], consoleErrors: [] });
}

/** Direct load of the thank-you page: exactly one postcheckout with the expected data, loader.js requested once. */
export function directLoad(browser: Browser, base: string): Promise<void> {
  return inPageView(browser, async (view) => {
    const response = await view.page.goto(base + thankYouPath(GOOD_ORDER), { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status of the thank-you page').toBe(200);
    const pushes = await pushesAfterLoader(view);
    expect({ pushes, loaderRequests: view.loaderRequests() }).toEqual({ pushes: [EXPECTED_PUSH], loaderRequests: 1 });
    await expectCleanPage(view);
  });
}

/**
 * From `/`, a click on the link to the thank-you page, rendered without a page load (a marker set
 * on the first document must survive): exactly one postcheckout, loader.js requested once in all.
 */
export function clientNavigation(browser: Browser, base: string): Promise<void> {
  return inPageView(browser, async (view) => {
    const response = await view.page.goto(base + '/', { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status of /').toBe(200);
    // Each app sets this once its client code runs; a click before that would be a page load.
    await view.page.waitForSelector('html[data-matrix-ready]', { state: 'attached', timeout: 15_000 });
    await view.page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
    await view.page.click('a#thank-you-link');
    await view.page.waitForSelector('#thank-you-heading', { timeout: 15_000 });
    const pushes = await pushesAfterLoader(view);
    const sameDocument = await view.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
    expect({ sameDocument, pushes, loaderRequests: view.loaderRequests() }).toEqual({
      sameDocument: true,
      pushes: [EXPECTED_PUSH],
      loaderRequests: 1,
    });
    await expectCleanPage(view);
  });
}

/** The output lines a server printed after `mark`, once it has had a moment to flush them. */
async function linesSince(server: RunningServer, mark: number): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 750));
  return server
    .output()
    .slice(mark)
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/**
 * A server-rendered thank-you page with bad data: HTTP 200, no postcheckout in the HTML, exactly
 * one line in the server's output per render pass (see `serverRenderPasses`), naming the field; in
 * the browser the stand-in receives nothing.
 */
export async function badOrderOnServer(
  browser: Browser,
  server: RunningServer,
  base: string,
  bad: BadOrder,
  renderPasses = 1,
): Promise<void> {
  const mark = server.output().length;
  const response = await fetch(base + thankYouPath(bad.key), { signal: AbortSignal.timeout(30_000) });
  const html = await response.text();
  const logLines = await linesSince(server, mark);
  expect({ status: response.status, snippets: postcheckoutSnippets(html), logLines }).toEqual({
    status: 200,
    snippets: [],
    logLines: Array.from({ length: renderPasses }, () => expect.stringContaining(bad.field)),
  });
  expect(new Set(logLines).size).toBe(1);
  await inPageView(browser, async (view) => {
    await view.page.goto(base + thankYouPath(bad.key), { waitUntil: 'load' });
    expect(await pushesAfterLoader(view)).toEqual([]);
  });
}

/**
 * A single-page app's thank-you page with bad data: the document is served (200), the stand-in
 * receives nothing, and the browser console gets exactly one message, naming the field.
 */
export function badOrderInBrowser(browser: Browser, base: string, bad: BadOrder): Promise<void> {
  return inPageView(browser, async (view) => {
    const response = await view.page.goto(base + thankYouPath(bad.key), { waitUntil: 'load' });
    await view.page.waitForSelector('#thank-you-heading', { timeout: 15_000 });
    const pushes = await pushesAfterLoader(view);
    await settle(view, 250);
    const logLines = view.console.filter((line) => line.text.includes(bad.field)).map((line) => `${line.type}: ${line.text}`);
    expect({ status: response?.status(), pushes, logLines }).toEqual({
      status: 200,
      pushes: [],
      logLines: [expect.stringContaining(bad.field)],
    });
    expect(view.probe.pageErrors, 'uncaught errors').toEqual([]);
  });
}
