/**
 * flocktory-doctor against the running express-shop, as a shop would run it in CI: its API
 * (`checkPages`) and its command, plain and `--browser` with click/navigate steps along the
 * shopping path. The shop's pages give no errors; its `/broken/*` pages (hand-written on purpose)
 * give the doctor's specific findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkPages, type Report } from '@flocktory-ssr/doctor';

import { assertChromium } from '../src/chromium';
import { allProblems, BROKEN_MARKER_ERRORS, browserOptions, checkShopPages, errorCodes, runDoctorCli } from '../src/doctor';
import { placeExpressOrder } from '../src/express-orders';
import { startExpressShop, type RunningShop } from '../src/servers';

let shop: RunningShop;
let thankYouPath: string;

beforeAll(async () => {
  assertChromium();
  shop = await startExpressShop();
  const order = await placeExpressOrder(shop.url, { name: 'Иван', email: 'ivan@example.com', phone: '', 'qty-sku-1001': '2' });
  thankYouPath = order.thankYouPath;
});
afterAll(async () => {
  await shop?.close();
});

const url = (path: string) => shop.url + path;

describe('flocktory-doctor on express-shop, plain', () => {
  it('finds no error or warning on the shop’s pages, fetched logged out, and sees their markers and pushes', async () => {
    const report = await checkShopPages(shop.url, {
      category: '/category/shoes',
      // The hostile product second: its title and vendor reach the page and the marker escaped.
      products: ['/product/sku-1001', '/product/sku-0666'],
      // Guest checkout: the thank-you page belongs to the buyer who just ordered.
      thankYou: thankYouPath,
    });
    expect(report.pages[3]!.markers[0]!.attributes['data-fl-item-vendor']).toBe('</div><script>alert(2)</script>');
  });

  it('finds the specific errors of the hand-written markers on /broken/marker', async () => {
    const report = await checkPages([url('/broken/marker')], { anonymous: true });
    expect(report.exitCode).toBe(1);
    expect(errorCodes(report.pages[0]!)).toEqual(BROKEN_MARKER_ERRORS);
    const required = report.pages[0]!.findings.find((finding) => finding.code === 'marker_attribute_required');
    expect(required?.path).toBe('data-fl-category-id');
  });

  it('finds the blocked, badly typed hand-written cart snippet on /broken/cart-script', async () => {
    const report = await checkPages([url('/broken/cart-script')], { anonymous: true });
    expect(report.exitCode).toBe(1);
    expect(errorCodes(report.pages[0]!)).toEqual(['cart_payload_invalid', 'csp_blocks_script']);
    expect(report.pages[0]!.findings.find((finding) => finding.code === 'cart_payload_invalid')?.path).toBe('item.price');
  });
});

describe('flocktory-doctor on express-shop, --browser', () => {
  it('follows a shopper (add ×2, to the cart, +, −, remove) and sees exactly the cart events, with no error', async () => {
    const report = await checkPages(
      [
        { target: url('/category/shoes'), pageType: 'category', steps: [{ navigate: '/product/sku-1001' }] },
        {
          target: url('/product/sku-1001'),
          pageType: 'product',
          steps: [
            { click: 'button.add-to-cart' },
            { click: 'button.add-to-cart' },
            { navigate: '/cart' },
            { click: 'tr.cart-line[data-product-id="sku-1001"] button.increment' },
            { click: 'tr.cart-line[data-product-id="sku-1001"] button.decrement' },
            { click: 'tr.cart-line[data-product-id="sku-1001"] button.remove' },
          ],
        },
      ],
      { anonymous: true, browser: browserOptions },
    );
    expect(allProblems(report)).toEqual([]);
    expect(report.exitCode).toBe(0);
    const [category, product] = report.pages;
    expect(category!.browser!.map((step) => [step.action.replace(shop.url, ''), step.markers.map((marker) => marker.kind)])).toEqual([
      ['load /category/shoes', ['category']],
      ['navigate /product/sku-1001', ['item']],
    ]);
    const added = ['addToCart', { item: { id: 'sku-1001', price: 4990, count: 1, brand: 'Бегун', categoryId: 'shoes' } }];
    expect(
      product!.browser!.map((step) => [step.action.replace(shop.url, ''), step.pushes, step.cspViolations, step.consoleErrors]),
    ).toEqual([
      ['load /product/sku-1001', [], [], []],
      ['click button.add-to-cart', [added], [], []],
      ['click button.add-to-cart', [added], [], []],
      ['navigate /cart', [], [], []],
      ['click tr.cart-line[data-product-id="sku-1001"] button.increment', [added], [], []],
      [
        'click tr.cart-line[data-product-id="sku-1001"] button.decrement',
        [['removeFromCart', { item: { id: 'sku-1001', count: 1 } }]],
        [],
        [],
      ],
      [
        'click tr.cart-line[data-product-id="sku-1001"] button.remove',
        [['removeFromCart', { item: { id: 'sku-1001', count: 2 } }]],
        [],
        [],
      ],
    ]);
  });

  it('reports the CSP violation the browser sees on /broken/cart-script, and the marker errors on /broken/marker', async () => {
    const report = await checkPages([url('/broken/cart-script'), url('/broken/marker')], { anonymous: true, browser: browserOptions });
    expect(report.exitCode).toBe(1);
    const [script, markers] = report.pages;
    expect(script!.findings.filter((finding) => finding.source === 'browser').map((finding) => finding.code)).toEqual([
      'browser_csp_violation',
    ]);
    // The blocked snippet never ran: nothing was pushed.
    expect(script!.browser![0]!.pushes).toEqual([]);
    expect(markers!.browser![0]!.markers.map((marker) => marker.kind).sort()).toEqual(['category', 'item', 'user']);
    expect(errorCodes(markers!)).toContain('marker_value_invalid');
  });
});

describe('flocktory-doctor command on express-shop', () => {
  it('exits 0 on the shop’s pages, plain and with --browser --click --navigate', async () => {
    const plain = await runDoctorCli(['--expect-anonymous', url('/'), url('/category/shoes'), url('/product/sku-1001'), url('/cart')]);
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toMatch(/0 errors, 0 warnings/);
    expect(plain.code).toBe(0);
    const browser = await runDoctorCli([
      '--json',
      '--page-type',
      'product',
      '--click',
      'button.add-to-cart',
      '--navigate',
      '/cart',
      url('/product/sku-1001'),
    ]);
    expect(browser.code).toBe(0);
    const report = JSON.parse(browser.stdout) as Report;
    expect(report.pages[0]!.browser!.map((step) => step.pushes.map((push) => (push as [string])[0]))).toEqual([[], ['addToCart'], []]);
  });

  it('exits 1 on the broken pages, with the findings’ codes in its JSON', async () => {
    const result = await runDoctorCli(['--json', '--expect-anonymous', url('/broken/marker'), url('/broken/cart-script')]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.pages.map(errorCodes)).toEqual([BROKEN_MARKER_ERRORS, ['cart_payload_invalid', 'csp_blocks_script']]);
  });
});
