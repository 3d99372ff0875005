/**
 * Debian's Chromium (test/e2e's launcher and probe) on pages served from 127.0.0.1 with the page's
 * strict nonce CSP in a header. The client bundle and the loader are classic scripts, so the
 * parser runs them where they stand, before the rest of the page is parsed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from '@flocktory-ssr/test-e2e/chromium';
import { PageProbe } from '@flocktory-ssr/test-e2e/probe';

import type { AppState, ContractDriver } from '../app-state';
import { CSP, LOADER_PATH, LOADER_SOURCE, PAGE_NONCE, pageHtml } from '../page';
import { POSTCHECKOUT_SCRIPTS, type ContractBrowser, type OpenedPage, type PageReport } from './browser';
import { loadScript } from './load-script';

const SETTLE_MS = 300;

type PageWindow = Window & { __contract?: ContractDriver };

interface Served {
  html: string;
  bundle: string | null;
}

class ChromiumPage implements OpenedPage {
  constructor(
    private readonly page: Page,
    private readonly probe: PageProbe,
    private readonly aborted: string[],
  ) {}

  private call(method: 'ready' | 'navigate' | 'remount', state?: AppState): Promise<boolean> {
    return this.page.evaluate(
      async ([name, argument]) => {
        const driver = (window as unknown as PageWindow).__contract;
        if (!driver) return false;
        return name === 'ready' ? driver.ready : driver[name](argument!);
      },
      [method, state] as const,
    );
  }

  ready() {
    return this.call('ready');
  }

  navigate(state: AppState) {
    return this.call('navigate', state);
  }

  remount(state: AppState) {
    return this.call('remount', state);
  }

  loadLoader(): Promise<void> {
    return loadScript(this.page, LOADER_PATH, PAGE_NONCE);
  }

  settle(): Promise<void> {
    return this.page.waitForTimeout(SETTLE_MS);
  }

  async report(): Promise<PageReport> {
    return {
      pushes: await this.probe.pushes(),
      pageErrors: [...this.probe.pageErrors],
      consoleErrors: this.probe.errors(),
      cspBlocked: (await this.probe.violations()).filter((violation) => violation.directive.startsWith('script-src')).length,
      bundleAborted: this.aborted.length,
      recoverable: await this.page.evaluate(() => [...((window as unknown as PageWindow).__contract?.recoverable ?? [])]),
      scriptsInPage: await this.page.evaluate((selector) => document.querySelectorAll(selector).length, POSTCHECKOUT_SCRIPTS),
    };
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

export async function chromiumBrowser(): Promise<ContractBrowser> {
  const pages = new Map<string, Served>();
  let next = 0;
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '';
    // No icon: a 404 would be a console error on the first page.
    if (url === '/favicon.ico') return void response.writeHead(204).end();
    if (url === LOADER_PATH) return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(LOADER_SOURCE);
    const match = /^\/page\/(\d+)\/(client\.js)?$/.exec(url);
    const served = match && pages.get(match[1]!);
    if (!served) return void response.writeHead(404).end();
    if (match[2]) return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(served.bundle ?? '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store' });
    response.end(served.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await launchChromium();

  return {
    name: 'Chromium',
    async open(testPage, bundle, { bundleFails }) {
      const id = String(next++);
      pages.set(id, { html: pageHtml(testPage, 'client.js'), bundle });
      const page = await browser.context.newPage();
      const probe = await PageProbe.attach(page);
      const aborted: string[] = [];
      if (bundleFails) {
        await page.route(/\/client\.js$/, async (route) => {
          aborted.push(route.request().url());
          await route.abort();
        });
      }
      await page.goto(`${origin}/page/${id}/`, { waitUntil: 'load' });
      return new ChromiumPage(page, probe, aborted);
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
