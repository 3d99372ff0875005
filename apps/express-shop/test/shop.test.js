import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/app.js';
import { products } from '../src/catalog.js';
import { presets, quantityField } from '../src/checkout-form.js';
import { readConfig } from '../src/config.js';
import { nonceFromCsp, parsePage, runSnippet, textOf } from './page.js';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let shop;
/** @type {any[]} */
const errors = [];

beforeAll(async () => {
  shop = await startServer({ port: 0, host: '127.0.0.1', loader: 'stub', onError: (error) => errors.push(error) });
});
afterAll(() => shop.close());

/** @param {import('../src/checkout-form.js').CheckoutForm} form */
function formBody(form) {
  const body = new URLSearchParams({ name: form.name, email: form.email, phone: form.phone });
  for (const [id, count] of Object.entries(form.quantities)) body.set(quantityField(id), String(count));
  return body;
}

/** Places an order through the form and follows the 303 like a browser. */
async function checkout(/** @type {import('../src/checkout-form.js').CheckoutForm} */ form) {
  const posted = await fetch(`${shop.url}/checkout`, { method: 'POST', body: formBody(form), redirect: 'manual' });
  expect(posted.status).toBe(303);
  nonceFromCsp(posted);
  const location = /** @type {string} */ (posted.headers.get('location'));
  expect(location).toMatch(/^\/thank-you\/[A-Z0-9]+-\d+$/);
  const response = await fetch(shop.url + location);
  return { response, html: await response.text(), orderId: decodeURIComponent(location.split('/').pop() ?? '') };
}

const price = (/** @type {string} */ id) => /** @type {number} */ (products.find((product) => product.id === id)?.price);

describe('express-shop', () => {
  it('lists the products under a nonce CSP, with only the nonce-carrying loader as script', async () => {
    const response = await fetch(`${shop.url}/`);
    expect(response.status).toBe(200);
    const nonce = nonceFromCsp(response);
    const { scripts, elements } = parsePage(await response.text());
    expect(scripts).toEqual([
      { names: ['async', 'src', 'nonce'], attributes: { async: '', src: '/flocktory-stub/loader.js?site_id=42', nonce }, text: '' },
    ]);
    const labels = elements.filter(
      (element) => element.tagName === 'label' && element.attrs.some((/** @type {any} */ a) => a.name === 'for'),
    );
    expect(labels.map(textOf)).toEqual(products.map((product) => product.title));
    expect(
      elements.some((element) => element.tagName === 'style' || element.attrs.some((/** @type {any} */ a) => a.name === 'style')),
    ).toBe(false);
  });

  it('places a hostile order and sends exactly its data from the thank-you page', async () => {
    const form = presets.hostile;
    const { response, html, orderId } = await checkout(form);
    expect(response.status).toBe(200);
    const nonce = nonceFromCsp(response);
    const { scripts } = parsePage(html);
    expect(scripts).toHaveLength(2);
    const [loader, postcheckout] = scripts;
    expect(loader?.attributes).toEqual({ async: '', src: '/flocktory-stub/loader.js?site_id=42', nonce });
    // No shop text in any attribute: the order id is only in the code.
    expect(postcheckout?.names).toEqual(['data-flocktory', 'nonce']);
    expect(postcheckout?.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce });

    const total = Math.round((price('sku-0666') * 2 + price('sku-1004')) * 100) / 100;
    expect(runSnippet(postcheckout?.text ?? '')).toEqual([
      [
        'postcheckout',
        {
          user: { name: form.name.trim(), email: form.email },
          order: {
            id: orderId,
            price: total,
            items: [
              { id: 'sku-1004', title: 'Носки "Ёжик" & Co <3', price: 199, count: 1 },
              { id: 'sku-0666', title: '</script><script>alert(1)</script>', price: 13.37, count: 2 },
            ],
          },
        },
      ],
    ]);
  });

  it('sends the docs’ phone@unknown.email address for a buyer who left only a phone', async () => {
    const { html, orderId } = await checkout(presets['phone-only']);
    const [, postcheckout] = parsePage(html).scripts;
    expect(runSnippet(postcheckout?.text ?? '')).toEqual([
      [
        'postcheckout',
        {
          user: { name: 'Мария Петрова', email: '79998887766@unknown.email' },
          order: { id: orderId, price: 4990, items: [{ id: 'sku-1001', title: 'Кроссовки «Бегун»', price: 4990, count: 1 }] },
        },
      ],
    ]);
  });

  it('still thanks the buyer when the data cannot be sent, and reports why', async () => {
    const before = errors.length;
    const { response, html } = await checkout(presets.invalid);
    expect(response.status).toBe(200);
    const { scripts, elements } = parsePage(html);
    expect(scripts.map((script) => script.names[0])).toEqual(['async']);
    expect(elements.some((element) => element.attrs.some((/** @type {any} */ a) => a.name === 'class' && a.value === 'notice'))).toBe(true);
    expect(errors.slice(before).flatMap((error) => error.issues.map((/** @type {any} */ issue) => issue.path))).toContain('user.email');
  });

  it('gives every response its own nonce', async () => {
    const [first, second] = await Promise.all([fetch(`${shop.url}/`), fetch(`${shop.url}/`)]);
    expect(nonceFromCsp(first)).not.toBe(nonceFromCsp(second));
  });

  it('prefills the form from a preset, but never from an inherited key', async () => {
    const hostile = parsePage(await (await fetch(`${shop.url}/?preset=hostile`)).text());
    const nameInput = hostile.elements.find((element) =>
      element.attrs.some((/** @type {any} */ a) => a.name === 'name' && a.value === 'name'),
    );
    expect(nameInput?.attrs.find((/** @type {any} */ a) => a.name === 'value')?.value).toBe(presets.hostile.name);
    expect(hostile.scripts).toHaveLength(1);
    const odd = await fetch(`${shop.url}/?preset=__proto__`);
    expect(odd.status).toBe(200);
  });

  it('asks again for an empty cart (422) and 404s an unknown order, both under the CSP', async () => {
    const empty = await fetch(`${shop.url}/checkout`, {
      method: 'POST',
      body: formBody({ ...presets.hostile, quantities: {} }),
      redirect: 'manual',
    });
    expect(empty.status).toBe(422);
    nonceFromCsp(empty);
    expect(await empty.text()).toContain('Choose at least one product.');
    const missing = await fetch(`${shop.url}/thank-you/nope`);
    expect(missing.status).toBe(404);
    nonceFromCsp(missing);
  });

  it('serves the stand-in loader and the stylesheet under the CSP', async () => {
    const loader = await fetch(`${shop.url}/flocktory-stub/loader.js`);
    expect(loader.status).toBe(200);
    expect(loader.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await loader.text()).toContain('__flocktoryStub');
    nonceFromCsp(loader);
    const css = await fetch(`${shop.url}/static/shop.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('readConfig', () => {
  it('uses the stand-in unless a site id is set, and the real loader with one', () => {
    expect(readConfig({})).toMatchObject({
      loader: 'stub',
      siteId: '42',
      loaderSrc: '/flocktory-stub/loader.js',
      host: '127.0.0.1',
      port: 3000,
    });
    expect(readConfig({ FLOCKTORY_SITE_ID: '1234' })).toMatchObject({ loader: 'real', siteId: '1234', loaderSrc: undefined });
    expect(readConfig({ FLOCKTORY_SITE_ID: '1234', FLOCKTORY_LOADER: 'stub' })).toMatchObject({ loader: 'stub', siteId: '1234' });
    expect(readConfig({ PORT: '0', HOST: '0.0.0.0' })).toMatchObject({ port: 0, host: '0.0.0.0' });
    expect(() => readConfig({ PORT: 'x' })).toThrow(/PORT/);
  });
});
