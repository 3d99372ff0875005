/**
 * The probes themselves can fail: a page that breaks each rule is caught. Without this, a
 * scenario could pass because a probe sees nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { launchChromium, type Browser } from '../src/chromium';
import { cspNonceOf, PageProbe } from '../src/probe';

const NONCE = 'dGVzdC1ub25jZQ==';
let server: Server;
let url: string;
let browser: Browser;

const PAGES: Record<string, { csp: string; body: string }> = {
  // An inline script without the nonce: blocked, one securitypolicyviolation.
  '/violation': { csp: `script-src 'nonce-${NONCE}'`, body: '<script>window.ran = true</script>' },
  // "Injected" markup that runs (no nonce in this policy, so 'unsafe-inline' applies): a dialog,
  // an img with onerror, a console error, a script without the nonce.
  '/injected': {
    csp: "script-src 'unsafe-inline'",
    body: `<script nonce="${NONCE}">window.flocktory = [['postcheckout', {}]]</script><img src="data:," onerror="alert(1)"><script>console.error('boom')</script>`,
  },
  '/lax': { csp: "script-src 'unsafe-inline' https:", body: '' },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = PAGES[request.url ?? ''];
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.csp });
    response.end(`<!doctype html><html><head></head><body>${page.body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('records CSP violations', async () => {
  const page = await browser.context.newPage();
  const probe = await PageProbe.attach(page);
  await page.goto(`${url}/violation`, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  expect((await probe.violations()).map((violation) => violation.directive)).toEqual(['script-src-elem']);
  await page.close();
});

it('records dialogs, console errors, injected elements and scripts without the nonce', async () => {
  const page = await browser.context.newPage();
  const probe = await PageProbe.attach(page);
  await page.goto(`${url}/injected`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  expect(probe.dialogs).toEqual(['alert: 1']);
  expect(probe.errors()).toEqual(['boom']);
  const injected = await probe.injected(NONCE);
  expect(injected.some((line) => line.startsWith('IMG[onerror]'))).toBe(true);
  expect(injected.some((line) => line.startsWith('script without the nonce'))).toBe(true);
  await page.close();
});

it('rejects a CSP that is not nonce-based', async () => {
  const page = await browser.context.newPage();
  const response = await page.goto(`${url}/lax`, { waitUntil: 'load' });
  expect(() => cspNonceOf(response)).toThrow(/no script nonce/);
  await page.close();
});
