import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkPages, type Report } from '../src/index';
import { serve, type Served } from './serve';

const NONCE = 'bm9uY2UtZm9yLXRlc3Q=';

// A stand-in for Flocktory's loader: replaces the queue with an object and drains it, as the real one does.
const LOADER = `(function () {
  var queued = Array.isArray(window.flocktory) ? window.flocktory : [];
  var received = [];
  window.flocktory = { push: function () { for (var i = 0; i < arguments.length; i++) received.push(arguments[i]); } };
  for (var i = 0; i < queued.length; i++) window.flocktory.push(queued[i]);
})();`;

const PAGE = `<!DOCTYPE html><html><head>
<script async nonce="${NONCE}" src="/loader.js?site_id=1234"></script>
</head><body>
<button id="buy">Add to cart</button>
<a id="next" href="/product/2">Next product</a>
<script nonce="${NONCE}">
window.flocktory = window.flocktory || [];
window.flocktory.push(['postcheckout', {user: {email: 'ivan@example.com'}, order: {id: '77', price: 10, items: [{id: 'a'}]}}]);
document.getElementById('buy').addEventListener('click', function () {
  window.flocktory.push(['addToCart', {item: {id: 'a', price: '1 990', count: 1}}]);
});
document.getElementById('next').addEventListener('click', function (event) {
  event.preventDefault();
  history.pushState({}, '', '/product/2');
  var item = document.createElement('div');
  item.className = 'i-flocktory';
  item.setAttribute('data-fl-action', 'track-item-view');
  item.setAttribute('data-fl-item-id', 'b');
  var category = item.cloneNode();
  category.setAttribute('data-fl-action', 'track-category-view');
  category.setAttribute('data-fl-category-id', '15');
  category.removeAttribute('data-fl-item-id');
  document.body.append(item, category);
  console.error('client navigation failed to load reviews');
});
</script>
<script>window.flocktory.push(['postcheckout', {user: {email: 'ivan@example.com'}, order: {id: '78', price: 10, items: [{id: 'b'}]}}]);</script>
</body></html>`;

describe('--browser', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve((request, response) => {
      if (request.url?.startsWith('/loader.js')) {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(LOADER);
        return;
      }
      if (request.url === '/favicon.ico' || request.url === '/missing.js') {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      if (request.url === '/missing-script') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          '<!DOCTYPE html><html><head><link rel="icon" href="/favicon.ico"><script src="/missing.js"></script></head><body></body></html>',
        );
        return;
      }
      if (request.url === '/clobbered') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!DOCTYPE html><html><head></head><body><div id="flocktory">Flocktory offers</div><script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {email: 'a@example.com'}, order: {id: '1', price: 1, items: [{id: 'a'}]}}]);</script></body></html>`,
        );
        return;
      }
      if (request.url === '/no-loader') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!DOCTYPE html><html><head></head><body><script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {email: 'a@example.com'}, order: {id: '1', price: 1, items: [{id: 'a'}]}}]);</script></body></html>`,
        );
        return;
      }
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `script-src 'nonce-${NONCE}' 'strict-dynamic'`,
      });
      response.end(PAGE);
    });
  });
  afterAll(() => server.close());

  it('reports what was pushed at load and after each step, markers after load, CSP violations and console errors', async () => {
    const report: Report = await checkPages(
      [`${server.url}/thank-you`, { target: `${server.url}/no-loader`, pageType: 'other', steps: [] }],
      {
        pageType: 'thank-you',
        timeoutMs: 15_000,
        browser: { steps: [{ click: '#buy' }, { navigate: '/product/2' }], settleMs: 300 },
      },
    );
    const [page] = report.pages;
    expect(page!.failure).toBeUndefined();
    const steps = page!.browser!;
    expect(steps.map((step) => step.action)).toEqual([`load ${server.url}/thank-you`, 'click #buy', 'navigate /product/2']);
    // The blocked script never pushed order 78; the loader's re-reading of the queue is not counted twice.
    expect(steps[0]!.pushes).toEqual([
      ['postcheckout', { user: { email: 'ivan@example.com' }, order: { id: '77', price: 10, items: [{ id: 'a' }] } }],
    ]);
    expect(steps[1]!.pushes).toEqual([['addToCart', { item: { id: 'a', price: '1 990', count: 1 } }]]);
    expect(steps[2]!.pushes).toEqual([]);
    expect(steps[2]!.markers.map((marker) => marker.kind)).toEqual(['item', 'category']);

    const browser = page!.findings
      .filter((item) => item.source === 'browser')
      .map((item) => `${item.severity} ${item.code} ${item.element}`);
    expect(browser).toEqual([
      `error browser_csp_violation load ${server.url}/thank-you`,
      'error cart_payload_invalid click #buy',
      'error category_marker_on_product_page <div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="15"> after navigate /product/2',
      'warning browser_console_error navigate /product/2',
    ]);
    expect(page!.findings.find((item) => item.code === 'browser_csp_violation')!.message).toBe('script-src-elem blocked an inline script');
    expect(page!.findings.find((item) => item.code === 'browser_console_error')!.message).toBe(
      '"client navigation failed to load reviews"',
    );
    // The static check saw the same blocked script, and the click handler's push.
    expect(page!.findings.filter((item) => item.source === 'html').map((item) => item.code)).toEqual([
      'cart_payload_invalid',
      'csp_blocks_script',
    ]);
    expect(report.pages.map((item) => item.failure)).toEqual([undefined, undefined]);
    expect(report.exitCode).toBe(1);

    // Without a loader the queue stays the page's own array: said as info, next to the static loader_missing.
    const plain = report.pages[1]!;
    expect(plain.browser![0]!.pushes).toHaveLength(1);
    expect(plain.findings.map((item) => `${item.source} ${item.severity} ${item.code}`)).toEqual([
      'html error loader_missing',
      'browser info browser_no_loader_object',
    ]);
  }, 90_000);

  it('leaves an element named "flocktory" as window.flocktory, so the push fails as in plain Chromium', async () => {
    const report = await checkPages([`${server.url}/clobbered`], {
      pageType: 'thank-you',
      timeoutMs: 15_000,
      browser: { settleMs: 100 },
    });
    const page = report.pages[0]!;
    expect(page.browser![0]!.pushes).toEqual([]);
    expect(page.findings.filter((item) => item.source === 'browser').map((item) => `${item.code} ${item.message}`)).toEqual([
      'browser_console_error "uncaught: TypeError: window.flocktory.push is not a function"',
      'postcheckout_missing nothing pushed postcheckout in the browser',
      "browser_no_loader_object after load, window.flocktory is still the page's own queue",
    ]);
  }, 60_000);

  it("names the URL of a resource that failed to load; the favicon is not the page's code", async () => {
    const report = await checkPages([`${server.url}/missing-script`], { timeoutMs: 15_000, browser: { settleMs: 300 } });
    const errors = report.pages[0]!.findings.filter((item) => item.code === 'browser_console_error').map((item) => item.message);
    expect(errors).toEqual([
      JSON.stringify(`Failed to load resource: the server responded with a status of 404 (Not Found): ${server.url}/missing.js`),
    ]);
  }, 60_000);

  it('exit 2 with a clear message when Chromium is not where it is said to be', async () => {
    const report = await checkPages([`${server.url}/thank-you`], { browser: { executablePath: '/nonexistent/chromium' } });
    expect(report.exitCode).toBe(2);
    expect(report.pages[0]!.failure).toMatch(/^Chromium not found at \/nonexistent\/chromium: install it .* or set FLOCKTORY_CHROMIUM/);
  }, 30_000);
});
