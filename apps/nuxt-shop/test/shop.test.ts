import { runPushes, scriptsOf } from '@flocktory-ssr/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nonceFromCsp } from './csp';
import { startShop, type RunningShop } from './server';

let shop: RunningShop;

beforeAll(async () => {
  shop = await startShop();
});

afterAll(async () => {
  await shop?.stop();
});

async function placeOrder(): Promise<string> {
  const response = await fetch(`${shop.url}/api/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Grace Hopper',
      email: 'grace@example.com',
      items: [
        { id: 'MUG-300', count: 2 },
        { id: 'TEA-GRN', count: 1 },
      ],
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function thankYouPage(id: string) {
  const response = await fetch(`${shop.url}/thank-you/${encodeURIComponent(id)}`);
  expect(response.status).toBe(200);
  const nonce = nonceFromCsp(response);
  const html = await response.text();
  const scripts = scriptsOf(html, 'document');
  return { nonce, html, scripts, snippets: scripts.filter((s) => s.attributes['data-flocktory'] === 'postcheckout') };
}

describe('nuxt-shop thank-you page (built server, strict nonce CSP)', () => {
  // An HTML parser keeps the first of two equal attributes: only the raw tag shows the copy that
  // nuxt-security's rewrite prepends and our server plugin removes.
  it('our scripts carry the nonce once, as written: nuxt-security’s added copy is removed', async () => {
    const { html } = await thankYouPage(await placeOrder());
    const ourTags = html.match(/<script\b[^>]*\bdata-flocktory="[^"]*"[^>]*>/g) ?? [];
    expect(ourTags.map((tag) => /data-flocktory="([^"]*)"/.exec(tag)![1]).sort()).toEqual(['loader', 'postcheckout']);
    for (const tag of ourTags) expect(tag.match(/ nonce="/g)).toHaveLength(1);
  });

  it('carries the snippet once, with the CSP nonce, pushing exactly the order', async () => {
    const id = await placeOrder();
    const { nonce, snippets } = await thankYouPage(id);
    expect(snippets).toHaveLength(1);
    expect(snippets[0]!.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce });
    expect(runPushes(snippets[0]!.text)).toEqual([
      [
        'postcheckout',
        {
          user: { name: 'Grace Hopper', email: 'grace@example.com' },
          order: {
            id,
            price: 2230.5,
            items: [
              { id: 'MUG-300', title: 'Mug "</script><script>alert(1)</script>" 300 ml', price: 490, count: 2 },
              { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5, count: 1 },
            ],
          },
        },
      ],
    ]);
  });

  it('every script of the page carries the nonce; the stand-in loader is there once', async () => {
    const { nonce, scripts } = await thankYouPage('DEMO-1001');
    for (const script of scripts) expect(script.attributes.nonce, JSON.stringify(script.attributes)).toBe(nonce);
    const loaders = scripts.filter((s) => s.attributes['data-flocktory'] === 'loader');
    expect(loaders).toHaveLength(1);
    expect(loaders[0]!.attributes.src).toBe('/flocktory-stub/loader.js?site_id=42');
    const stub = await fetch(`${shop.url}/flocktory-stub/loader.js`);
    expect(stub.status).toBe(200);
    expect(await stub.text()).toContain('__flocktoryStub');
  });

  it('a reload renders the same snippet with a fresh nonce', async () => {
    const id = await placeOrder();
    const first = await thankYouPage(id);
    const second = await thankYouPage(id);
    expect(second.snippets[0]!.text).toBe(first.snippets[0]!.text);
    expect(second.nonce).not.toBe(first.nonce);
  });

  it('no snippet on the checkout page; an unknown order is a 404 without one', async () => {
    const checkout = await fetch(`${shop.url}/checkout`);
    expect(scriptsOf(await checkout.text(), 'document').filter((s) => s.attributes['data-flocktory'] === 'postcheckout')).toHaveLength(0);
    const missing = await fetch(`${shop.url}/thank-you/NX-nope`);
    expect(missing.status).toBe(404);
    expect(scriptsOf(await missing.text(), 'document').filter((s) => s.attributes['data-flocktory'] === 'postcheckout')).toHaveLength(0);
  });

  it('rejects orders with made-up products or a bad email', async () => {
    const post = (body: unknown) =>
      fetch(`${shop.url}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ name: 'A', email: 'a@example.com', items: [{ id: 'NOPE', count: 1 }] })).status).toBe(400);
    expect((await post({ name: 'A', email: 'not-an-email', items: [{ id: 'MUG-300', count: 1 }] })).status).toBe(400);
  });
});
