import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/app.js';
import { nonceFromCsp, parsePage, runSnippet } from './page.js';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let shop;

beforeAll(async () => {
  shop = await startServer({ port: 0, host: '127.0.0.1', loader: 'stub', onError: () => {} });
});
afterAll(() => shop.close());

const user = { email: 'ada@example.com', name: 'Ада "Ада" <Лавлейс>' };
const userCookie = `demo_user=${encodeURIComponent(JSON.stringify(user))}`;
const cartCookie = (/** @type {Record<string, number>} */ cart) => `demo_cart=${encodeURIComponent(JSON.stringify(cart))}`;

/** @param {string} path @param {string} [cookie] */
async function page(path, cookie) {
  const response = await fetch(shop.url + path, { headers: cookie ? { cookie } : {} });
  const html = await response.text();
  const { elements, scripts } = parsePage(html);
  const markers = elements
    .filter((element) => element.attrs.some((/** @type {any} */ a) => a.name === 'class' && a.value === 'i-flocktory'))
    .map((element) => element.attrs.map((/** @type {any} */ a) => [a.name, a.value]));
  return { response, html, elements, scripts, markers, nonce: nonceFromCsp(response) };
}

const userMarker = [
  ['class', 'i-flocktory'],
  ['data-fl-user-name', user.name],
  ['data-fl-user-email', user.email],
];

/** @param {string} path @param {string} body @param {Record<string, string>} [headers] */
async function post(path, body, headers = {}) {
  return fetch(shop.url + path, { method: 'POST', body: new URLSearchParams(body), headers, redirect: 'manual' });
}

describe('express-shop pages', () => {
  it('category page: one category marker, no user marker for an anonymous visitor', async () => {
    const { markers, scripts } = await page('/category/shoes');
    expect(markers).toEqual([
      [
        ['class', 'i-flocktory'],
        ['data-fl-action', 'track-category-view'],
        ['data-fl-category-id', 'shoes'],
      ],
    ]);
    // No cart buttons here: the loader is the only script.
    expect(scripts).toHaveLength(1);
    expect((await fetch(`${shop.url}/category/nope`)).status).toBe(404);
  });

  it('product page: the item marker carries the hostile vendor intact; the only scripts are the loader and the cart module, with the nonce', async () => {
    const { markers, scripts, elements, nonce } = await page('/product/sku-0666');
    expect(markers).toEqual([
      [
        ['class', 'i-flocktory'],
        ['data-fl-action', 'track-item-view'],
        ['data-fl-item-id', 'sku-0666'],
        ['data-fl-item-category-id', 'clothes'],
        ['data-fl-item-vendor', '</div><script>alert(2)</script>'],
        ['data-fl-item-available', 'true'],
      ],
    ]);
    expect(scripts.map((script) => script.attributes)).toEqual([
      { async: '', src: '/flocktory-stub/loader.js?site_id=42', nonce },
      { type: 'module', src: '/static/cart.js', nonce },
    ]);
    expect(
      elements
        .filter((element) => element.tagName === 'button')
        .map((button) => button.attrs.find((/** @type {any} */ a) => a.name === 'class')?.value),
    ).toContain('add-to-cart');
    // Out of stock is "false", not a left-out attribute.
    expect((await page('/product/sku-1003')).markers[0]).toContainEqual(['data-fl-item-available', 'false']);
  });

  it('signed in: the user marker on every page, once; none after signing out', async () => {
    for (const path of ['/', '/category/shoes', '/product/sku-1001', '/cart', '/checkout', '/sign-in', '/no-such-page']) {
      const { markers } = await page(path, userCookie);
      expect(
        markers.filter((marker) => !marker.some((/** @type {string[]} */ [name]) => name === 'data-fl-action')),
        path,
      ).toEqual([userMarker]);
    }
    const signedOut = await post('/sign-out', '');
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('set-cookie')).toMatch(/^demo_user=;/);
  });

  it('sign-in sets the cookie and goes back to a path on this site only', async () => {
    const signedIn = await post('/sign-in', `email=${encodeURIComponent(user.email)}&name=Ada&next=%2Fcategory%2Fshoes`);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/category/shoes');
    expect(signedIn.headers.get('set-cookie')).toMatch(/^demo_user=.*HttpOnly/);
    for (const next of ['//evil.example/', '/\\evil.example/', 'https://evil.example/']) {
      expect((await post('/sign-in', `email=a%40example.com&next=${encodeURIComponent(next)}`)).headers.get('location')).toBe('/cart');
    }
    expect((await post('/sign-in', 'email=&name=x')).status).toBe(422);
  });

  it('cart page: the whole cart as an updateCart script with the nonce when signed in, nothing anonymously', async () => {
    const cart = cartCookie({ 'sku-1001': 2, 'sku-0666': 1 });
    const anonymous = await page('/cart', cart);
    expect(anonymous.scripts.map((script) => script.attributes['data-flocktory'])).toEqual([undefined, undefined]);
    const signedIn = await page('/cart', `${cart}; ${userCookie}`);
    const updateCart = signedIn.scripts.filter((script) => script.attributes['data-flocktory'] === 'update-cart');
    expect(updateCart.map((script) => script.attributes)).toEqual([{ 'data-flocktory': 'update-cart', nonce: signedIn.nonce }]);
    expect(runSnippet(updateCart[0]?.text ?? '')).toEqual([
      [
        'updateCart',
        {
          cart: {
            items: [
              { id: 'sku-1001', price: 4990, count: 2 },
              { id: 'sku-0666', price: 13.37, count: 1 },
            ],
          },
        },
      ],
    ]);
  });

  it('POST /cart answers the count before and after (JSON) or goes back (303), and refuses unknown products', async () => {
    const json = { accept: 'application/json' };
    const added = await post('/cart', 'id=sku-1001&change=add', { ...json, cookie: cartCookie({ 'sku-1001': 2 }) });
    expect(await added.json()).toMatchObject({
      product: { id: 'sku-1001', price: 4990, categoryId: 'shoes', vendor: 'Бегун' },
      before: 2,
      after: 3,
      units: 3,
    });
    expect(added.headers.get('set-cookie')).toContain(encodeURIComponent('{"sku-1001":3}'));
    const removed = await post('/cart', 'id=sku-1001&change=remove', { ...json, cookie: cartCookie({ 'sku-1001': 2 }) });
    expect(await removed.json()).toMatchObject({ before: 2, after: 0, units: 0 });
    expect(removed.headers.get('set-cookie')).toMatch(/^demo_cart=;/);
    const decremented = await post('/cart', 'id=sku-1001&change=decrement', { ...json, cookie: cartCookie({ 'sku-1001': 2 }) });
    expect(await decremented.json()).toMatchObject({ before: 2, after: 1 });
    const form = await post('/cart', 'id=sku-1001&change=add');
    expect([form.status, form.headers.get('location')]).toEqual([303, '/product/sku-1001']);
    expect((await post('/cart', 'id=__proto__&change=add', json)).status).toBe(400);
    expect((await post('/cart', 'id=sku-1001&change=steal', json)).status).toBe(400);
  });

  it('checkout of the cart: the form comes filled in; placing the order empties the cart; the thank-you page has the Exchange marker', async () => {
    const cookie = `${cartCookie({ 'sku-1002': 3 })}; ${userCookie}`;
    const checkout = await page('/checkout', cookie);
    const value = (/** @type {string} */ name) =>
      checkout.elements
        .find((element) => element.attrs.some((/** @type {any} */ a) => a.name === 'name' && a.value === name))
        ?.attrs.find((/** @type {any} */ a) => a.name === 'value')?.value;
    expect([value('email'), value('name'), value('qty-sku-1002'), value('qty-sku-1001')]).toEqual([user.email, user.name, '3', '0']);
    const placed = await fetch(`${shop.url}/checkout`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({ email: user.email, name: user.name, phone: '', 'qty-sku-1002': '3' }),
      redirect: 'manual',
    });
    expect(placed.status).toBe(303);
    expect(placed.headers.get('set-cookie')).toMatch(/^demo_cart=;/);
    const thankYou = await page(/** @type {string} */ (placed.headers.get('location')), userCookie);
    expect(thankYou.markers).toEqual([
      userMarker,
      [
        ['class', 'i-flocktory'],
        ['data-fl-action', 'exchange'],
        ['data-fl-spot', 'thank-you'],
        ['data-fl-user-name', user.name],
        ['data-fl-user-email', user.email],
      ],
    ]);
  });

  it('serves the browser half of @flocktory-ssr/core as ES modules, and nothing else from its folder', async () => {
    const client = await fetch(`${shop.url}/static/flocktory-ssr/core/client.js`);
    expect(client.status).toBe(200);
    expect(client.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(await client.text()).toContain('addToCart');
    for (const path of ['client.d.ts', 'client.cjs', '../package.json', '%2e%2e/package.json']) {
      expect((await fetch(`${shop.url}/static/flocktory-ssr/core/${path}`)).status, path).toBe(404);
    }
  });
});
