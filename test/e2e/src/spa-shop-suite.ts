/**
 * The six scenarios for the shops with client-side navigation (next-shop, nuxt-shop). Both serve
 * the same catalog and API: POST /api/orders {name, email, items} → {id}; /checkout reaches
 * /thank-you/:id by client-side navigation; the thank-you page renders the postcheckout snippet.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { buildPostcheckout, type PostcheckoutInput } from '@flocktory-ssr/core';

import { cspNonceOf, PageProbe } from './probe';
import type { RunningShop } from './servers';
import { useShopAndBrowser } from './shop-and-browser';

export interface SpaShop {
  name: string;
  start(): Promise<RunningShop>;
  /** The page's own JavaScript (bundles), to abort in scenario 6. */
  bundles: RegExp;
  /**
   * Whether the shop's API accepts hostile names and emails. nuxt-shop's nuxt-security XSS
   * validator answers 400 to them, so there the hostile data is the catalog's product title only.
   */
  acceptsHostileUserInput: boolean;
  /** Whether the framework streams Suspense boundaries (React): then the late-chunk scenario runs. */
  streams: boolean;
}

const DEMO = 'DEMO-1001';
/** What the demo order (in both shops' stores) pushes, with `id` as its order id. */
const demoPush = (id: string) => expectedPush(id, 'Ada Lovelace', 'ada@example.com', { 'MUG-300': 1, 'TEA-GRN': 1 });
/** React's and Vue's hydration-mismatch reports (minified in production builds). */
const HYDRATION_ERRORS = /hydrat|Minified React error #(418|419|423|425)/i;
/** Removes the nonce from our scripts in a page: as if a CSP had refused their nonce. */
const stripOurNonces = (html: string) =>
  html.replace(/<script[^>]*data-flocktory="postcheckout"[^>]*>/g, (tag) => tag.replace(/\snonce="[^"]*"/g, ''));

const CATALOG = [
  { id: 'MUG-300', title: 'Mug "</script><script>alert(1)</script>" 300 ml', price: 490 },
  { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5 },
];

export interface Placed {
  id: string;
  /** The push Flocktory must receive for it. */
  expected: unknown[];
}

/** Places an order through the shop's API, as its checkout page does. */
export async function placeOrder(url: string, name: string, email: string, counts: Record<string, number>): Promise<Placed> {
  const items = Object.entries(counts).map(([id, count]) => ({ id, count }));
  const response = await fetch(`${url}/api/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, email, items }),
    signal: AbortSignal.timeout(10_000),
  });
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return { id, expected: expectedPush(id, name, email, counts) };
}

/** What Flocktory must receive, from the docs' rules: trimmed name, prices from the catalog. */
function expectedPush(id: string, name: string, email: string, counts: Record<string, number>): unknown[] {
  const items = CATALOG.filter((product) => counts[product.id]).map((product) => ({ ...product, count: counts[product.id]! }));
  const price = items.reduce((sum, item) => sum + item.price * item.count, 0);
  const user = name.trim() ? { name: name.trim(), email } : { email };
  return ['postcheckout', { user, order: { id, price, items } }];
}

export function spaShopSuite(shop: SpaShop): void {
  describe(shop.name, () => {
    const running = useShopAndBrowser(shop.start);
    let page: Page;
    let probe: PageProbe;

    beforeEach(async () => {
      page = await running.browser.context.newPage();
      probe = await PageProbe.attach(page);
    });
    afterEach(async () => {
      expect(await probe.violations()).toEqual([]);
      expect(probe.dialogs).toEqual([]);
      expect(probe.errors()).toEqual([]);
      expect(probe.pageErrors).toEqual([]);
      await page.close();
    });

    async function load(path: string) {
      const response = await page.goto(running.shop.url + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      return cspNonceOf(response);
    }

    it('1. direct load of the thank-you page → exactly one postcheckout push with the expected data', async () => {
      const order = await placeOrder(running.shop.url, 'Ada Lovelace', 'ada@example.com', { 'MUG-300': 2, 'TEA-GRN': 1 });
      const { nonce } = await load(`/thank-you/${encodeURIComponent(order.id)}`);
      expect(await probe.waitForPushes(1, 1_000)).toEqual([order.expected]);
      const scripts = await probe.postcheckoutScripts();
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatchObject({ order: order.id, nonce });
      // The framework's render (RSC for Next.js, Vue SSR for Nuxt) is byte-identical to the core's code.
      const data = (order.expected as [string, PostcheckoutInput])[1];
      expect(scripts[0]!.text).toBe(buildPostcheckout(data, { mode: 'strict' })!.code);
    });

    it('2. client-side navigation checkout → thank-you → exactly one push', async () => {
      await load('/checkout');
      await page.waitForLoadState('networkidle');
      expect(await probe.pushes()).toEqual([]);
      // Proof that no page load happens: this marker survives only a client-side navigation.
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      await page.fill('input[name="name"]', 'Grace Hopper');
      await page.fill('input[name="email"]', 'grace@example.com');
      await page.fill('input[name="MUG-300"]', '1');
      await page.fill('input[name="TEA-GRN"]', '3');
      await Promise.all([page.waitForURL(/\/thank-you\//, { timeout: 20_000 }), page.click('button[type="submit"]')]);
      const id = decodeURIComponent(page.url().split('/thank-you/')[1]!);
      const pushes = await probe.waitForPushes(1, 1_500);
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(pushes).toEqual([expectedPush(id, 'Grace Hopper', 'grace@example.com', { 'MUG-300': 1, 'TEA-GRN': 3 })]);
    });

    it('3. reload → one push per page view: the reloaded page pushes the order once, as a new page view', async () => {
      const order = await placeOrder(running.shop.url, 'Ada Lovelace', 'ada@example.com', { 'TEA-GRN': 1 });
      await load(`/thank-you/${encodeURIComponent(order.id)}`);
      expect(await probe.waitForPushes(1, 1_000)).toEqual([order.expected]);
      const response = await page.reload({ waitUntil: 'load' });
      cspNonceOf(response);
      expect(await probe.waitForPushes(1, 1_000)).toEqual([order.expected]);
    });

    it('4. hostile order → no dialog, no injected element, no console error, data pushed intact', async () => {
      // MUG-300's title is `Mug "</script><script>alert(1)</script>" 300 ml`.
      const hostileUser = shop.acceptsHostileUserInput;
      const name = hostileUser
        ? '</script><script>alert("name")</script> <!-- <img src=x onerror=alert(2)> \u2028\u2029 «Хакер» {{7*7}} ${alert(3)}'
        : 'Ada Lovelace';
      // Valid, yet it ends a hand-written snippet's quoted string (an address with `<` is refused).
      const email = hostileUser ? "x'-alert`1`-'${alert`2`}{{7*7}}@example.com" : 'ada@example.com';
      const order = await placeOrder(running.shop.url, name, email, { 'MUG-300': 1 });
      const { nonce } = await load(`/thank-you/${encodeURIComponent(order.id)}`);
      expect(await probe.waitForPushes(1, 1_000)).toEqual([order.expected]);
      expect(await probe.injected(nonce)).toEqual([]);
    });

    it('5. strict nonce CSP on every page, every script carries it, no securitypolicyviolation', async () => {
      const order = await placeOrder(running.shop.url, 'Ada Lovelace', 'ada@example.com', { 'MUG-300': 1 });
      const thankYou = `/thank-you/${encodeURIComponent(order.id)}`;
      for (const path of ['/', '/checkout', thankYou]) {
        const { nonce } = await load(path);
        await page.waitForLoadState('networkidle');
        expect(await probe.injected(nonce)).toEqual([]);
        expect(
          await page.evaluate(
            () => Array.from(document.scripts).filter((script) => script.src.includes('/flocktory-stub/loader.js')).length,
          ),
        ).toBe(1);
        expect(await probe.violations()).toEqual([]);
        // Under the CSP the snippet still runs: the thank-you page's order, and nothing on the others.
        expect(path === thankYou ? await probe.waitForPushes(1) : await probe.pushes()).toEqual(path === thankYou ? [order.expected] : []);
      }
    });

    it("7. props beyond the component's own spread onto it (innerHTML, src, onerror, type, class, id) reach no element", async () => {
      const { nonce } = await load(`/edge-cases/${DEMO}?spread`);
      expect(await probe.waitForPushes(1, 1_000)).toEqual([demoPush(DEMO)]);
      const scripts = await probe.postcheckoutScripts();
      expect(scripts.map((script) => [script.attributes, script.nonce, script.order])).toEqual([
        [expect.arrayContaining(['data-flocktory']), nonce, DEMO],
      ]);
      expect(scripts[0]!.attributes.filter((name) => name !== 'nonce')).toEqual(['data-flocktory']);
      expect(
        await page.evaluate(() => ({
          injected: (window as unknown as { __injected?: unknown }).__injected ?? null,
          marked: document.querySelectorAll('.injected, #injected, script[src*="injected"], script[type="text/x-injected"]').length,
        })),
      ).toEqual({ injected: null, marked: 0 });
      expect(await probe.injected(nonce)).toEqual([]);
    });

    it('8. a CSP that blocks the server script (its nonce refused) → the order is pushed once, from JavaScript, after hydration', async () => {
      await page.route(
        (url) => url.pathname === `/thank-you/${DEMO}`,
        async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: stripOurNonces(await response.text()) });
        },
      );
      await load(`/thank-you/${DEMO}`);
      expect(await probe.waitForPushes(1, 1_500)).toEqual([demoPush(DEMO)]);
      // The inline script really was blocked: the push came from the component.
      expect((await probe.violations()).map((violation) => violation.directive)).toEqual(['script-src-elem']);
      await probe.clearViolations();
      expect(probe.takeErrors(/violates the following Content Security Policy directive/)).toHaveLength(1);
    });

    it('9. an order id with `<script`, `<style` and quotes, below content with an unbalanced `"` → the inline script keeps its nonce and pushes once', async () => {
      const id = '<script>"x\'<STYLE>';
      // `quote`: a v-html block with one `"` above the snippet (Nuxt: nuxt-security's rewrite then skips it).
      const { nonce } = await load(`/edge-cases/${DEMO}?quote&id=${encodeURIComponent(id)}`);
      expect(await probe.waitForPushes(1, 1_500)).toEqual([demoPush(id)]);
      const scripts = await probe.postcheckoutScripts();
      expect(scripts.map((script) => [script.order, script.nonce])).toEqual([[id, nonce]]);
      expect(await probe.injected(nonce)).toEqual([]);
    });

    it('10. two components for one order id → one push; other data under that id is reported, never sent', async () => {
      await load(`/edge-cases/${DEMO}?twice=same`);
      expect(await probe.waitForPushes(1, 1_500)).toEqual([demoPush(DEMO)]);
      expect(await probe.postcheckoutScripts()).toHaveLength(2);
      await load(`/edge-cases/${DEMO}?twice=other`);
      expect(await probe.waitForPushes(1, 1_500)).toEqual([demoPush(DEMO)]);
      expect(probe.takeErrors(/was pushed on this page already, with other data/)).toHaveLength(1);
    });

    it('11. an element with id "flocktory" before the snippet → the order is pushed once, nothing throws, the app works on', async () => {
      await load(`/edge-cases/${DEMO}?clobber`);
      expect(await probe.waitForPushes(1, 1_500)).toEqual([demoPush(DEMO)]);
      expect(await page.evaluate(() => document.getElementById('flocktory') !== null)).toBe(true);
      // Client-side navigation still works (the app did not unmount).
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      await Promise.all([page.waitForURL(/\/checkout$/), page.click('header a[href="/checkout"]')]);
      await page.waitForSelector('input[name="email"]');
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    });

    it.runIf(shop.streams)(
      '12. the snippet in a Suspense chunk that streams in late and is then client-rendered (hydration mismatch) → pushed once',
      async () => {
        await load(`/edge-cases/${DEMO}?late`);
        const pushes = await probe.waitForPushes(2, 2_500);
        expect(pushes).toEqual([demoPush(`${DEMO}-shell`), demoPush(DEMO)]);
        // The mismatch is there on purpose: React reports it and renders the boundary on the client.
        expect(probe.takeErrors(HYDRATION_ERRORS).length).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.body.textContent?.includes('rendered in the browser'))).toBe(true);
      },
    );

    it("6. the page's JavaScript bundles aborted → the order is still pushed from the server HTML", async () => {
      const aborted: string[] = [];
      await page.route(shop.bundles, async (route) => {
        aborted.push(route.request().url());
        await route.abort();
      });
      const order = await placeOrder(running.shop.url, 'Ada Lovelace', 'ada@example.com', { 'MUG-300': 1, 'TEA-GRN': 2 });
      await load(`/thank-you/${encodeURIComponent(order.id)}`);
      expect(await probe.waitForPushes(1, 1_000)).toEqual([order.expected]);
      expect(aborted.length).toBeGreaterThan(0);
      // Aborted bundles are reported by the browser as failed loads; nothing else may be.
      probe.consoleErrors.splice(
        0,
        probe.consoleErrors.length,
        ...probe.consoleErrors.filter((text) => !/Failed to load resource: net::ERR_FAILED/.test(text)),
      );
    });
  });
}
