/**
 * The contract through the demo shops: Next.js (App Router, RSC) and Nuxt (nuxt-security's
 * nonce) are React and Vue on the client, but their server renders and routers are their own. A
 * shop cannot render any AppState: it shows one order per thank-you page, by id, and has no
 * StrictMode, KeepAlive or remount switch. So a shop runs the scenarios whose states it can
 * express: home is `/`, a thank-you page is `/thank-you/<id>` of an order placed through the
 * shop's API, client navigation is the shop's own router, and what a shop does not render (a
 * script the CSP refuses, an element named "flocktory") is made by rewriting its response.
 */
import type { Page, Route } from 'playwright-core';
import type { Browser } from '@flocktory-ssr/test-e2e/chromium';
import { cspNonceOf, PageProbe } from '@flocktory-ssr/test-e2e/probe';
import type { RunningShop } from '@flocktory-ssr/test-e2e/servers';

import type { OrderKey } from './orders';
import { WRONG_NONCE } from './page';
import type { ScenarioReport } from './run-scenario';
import { loadScript } from './runners/load-script';
import { POSTCHECKOUT_SCRIPTS } from './runners/browser';
import type { Scenario, StateSpec } from './scenarios';

export interface ShopOrder {
  id: string;
  /** The push Flocktory must receive, from the shop's catalog (test/e2e). */
  expected: unknown[];
}

export interface ShopAdapter {
  name: string;
  start(): Promise<RunningShop>;
  /** The shop's JavaScript bundles (the scenario with a failing bundle aborts them). */
  bundles: RegExp;
  /** Places the contract's orders A and B through the shop's API. */
  placeOrders(url: string): Promise<Partial<Record<OrderKey, ShopOrder>>>;
  /** Client-side navigation with the shop's own router; runs in the page. */
  navigate(page: Page, path: string): Promise<void>;
}

const LOADER_PATH = '/flocktory-stub/loader.js';
const SETTLE_MS = 500;

/** Why a scenario cannot run on a shop, or null when it can. */
export function shopCannotRun(scenario: Scenario, orders: Partial<Record<OrderKey, ShopOrder>>): string | null {
  const states = [
    scenario.server,
    ...(scenario.steps ?? []).flatMap((step) => ('navigate' in step ? [step.navigate] : 'remount' in step ? [step.remount] : [])),
  ];
  if (scenario.steps?.some((step) => 'remount' in step)) return 'a shop has no remount';
  for (const state of states) {
    if (state.orders.length > 1) return 'a shop renders one order per thank-you page';
    if (state.strictMode || state.keepAlive || state.late) return 'a shop has no StrictMode, KeepAlive or late-boundary switch';
    if (state.orders.some((key) => !orders[key])) return `the shop has no order ${state.orders.join(', ')}`;
  }
  return null;
}

function pathOf(state: StateSpec, orders: Partial<Record<OrderKey, ShopOrder>>): string {
  return state.page === 'home' ? '/' : `/thank-you/${encodeURIComponent(orders[state.orders[0]!]!.id)}`;
}

// The start tag of the postcheckout script: the element whose code holds `"postcheckout"` with
// its quotes unescaped (an RSC payload carries the same code, escaped, inside a JS string).
const POSTCHECKOUT_SCRIPT = /<script\b[^>]*>(?=(?:(?!<\/script>)[\s\S])*"postcheckout")/;

/** What the shop would render with the scenario's server state: its HTML, rewritten where the shop cannot make it. */
export function rewriteDocument(html: string, state: StateSpec): string {
  let result = html;
  if (state.wrongNonce) {
    const tag = POSTCHECKOUT_SCRIPT.exec(result);
    if (!tag) throw new Error('no postcheckout script in the page to give a wrong nonce');
    result = result.replace(tag[0], tag[0].replace(/\snonce="[^"]*"/, ` nonce="${WRONG_NONCE}"`));
  }
  if (state.clobber) {
    // First in the body, before everything the framework renders: an element a browser
    // extension or a CMS block could have put there.
    const element = state.clobber === 'id' ? '<img id="flocktory" alt="" hidden>' : '<form name="flocktory" hidden></form>';
    result = result.replace(/<body\b[^>]*>/, (body) => body + element);
  }
  return result;
}

export async function runShopScenario(
  browser: Browser,
  shop: { url: string; adapter: ShopAdapter; orders: Partial<Record<OrderKey, ShopOrder>> },
  scenario: Scenario,
): Promise<ScenarioReport> {
  const page = await browser.context.newPage();
  const probe = await PageProbe.attach(page);
  const aborted: string[] = [];
  const uncommitted: string[] = [];
  const server = scenario.server;
  try {
    if (scenario.bundle === 'fails') {
      await page.route(shop.adapter.bundles, async (route) => {
        aborted.push(route.request().url());
        await route.abort();
      });
    }
    const isLoader = (url: URL) => url.pathname === LOADER_PATH;
    if (scenario.loader === 'late') await page.route(isLoader, (route) => route.abort());
    if (server.wrongNonce || server.clobber) {
      // Only the first document: later navigations are the shop's own.
      let rewritten = false;
      await page.route('**/*', async (route: Route) => {
        if (rewritten || route.request().resourceType() !== 'document') return route.fallback();
        rewritten = true;
        const response = await route.fetch();
        await route.fulfill({ response, body: rewriteDocument(await response.text(), server) });
      });
    }
    const response = await page.goto(shop.url + pathOf(server, shop.orders), { waitUntil: 'load' });
    const { nonce } = cspNonceOf(response);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    for (const step of scenario.steps ?? []) {
      if ('loadLoader' in step) {
        await page.unroute(isLoader);
        await loadScript(page, LOADER_PATH, nonce);
      } else if ('navigate' in step) {
        const path = pathOf(step.navigate, shop.orders);
        try {
          await shop.adapter.navigate(page, path);
          await page.waitForURL((url) => url.pathname === path, { timeout: 10_000 });
          await page.waitForLoadState('networkidle');
        } catch (error) {
          uncommitted.push(`navigate to ${path}: ${String(error).split('\n')[0]}`);
        }
      }
      await page.waitForTimeout(SETTLE_MS);
    }
    return {
      pushes: await probe.pushes(),
      pageErrors: [...probe.pageErrors],
      consoleErrors: probe.errors(),
      cspBlocked: (await probe.violations()).filter((violation) => violation.directive.startsWith('script-src')).length,
      bundleAborted: aborted.length,
      // A shop's own hydration errors are not observable here; no shop scenario expects one.
      recoverable: [],
      scriptsInPage: await page.evaluate((selector) => document.querySelectorAll(selector).length, POSTCHECKOUT_SCRIPTS),
      uncommitted,
    };
  } finally {
    await page.close();
  }
}
