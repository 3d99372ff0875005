import { readFileSync } from 'node:fs';
import { buildPostcheckout } from '@flocktory-ssr/core';
import { loaderStubPath, LOADER_STUB_URL_PATH } from '@flocktory-ssr/loader-stub';
import { elementsOf, runPushes, scriptsOf, type Element } from '@flocktory-ssr/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER_STUB_SRC, STUB_SITE_ID } from '../lib/flocktory-config';
import { DEMO_ORDER_ID, findOrder } from '../lib/orders';
import { cspNonce } from './csp';
import { startShop, type RunningShop } from './server';

let shop: RunningShop;
beforeAll(async () => {
  shop = await startShop();
}, 90_000);
afterAll(async () => {
  await shop?.stop();
});

const HOSTILE = 'Mug "</script><script>alert(1)</script>" 300 ml';

async function thankYou(orderId: string, prefix = '') {
  const response = await fetch(`${shop.url}${prefix}/thank-you/${encodeURIComponent(orderId)}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const nonce = cspNonce(response.headers.get('content-security-policy'));
  expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
  const scripts = scriptsOf(html, 'document');
  const snippets = scripts.filter((script) => script.attributes['data-flocktory'] === 'postcheckout');
  const loaders = scripts.filter((script) => script.attributes.src?.startsWith(`${LOADER_STUB_SRC}?`));
  return { html, nonce: nonce!, scripts, snippets, loaders };
}

describe('thank-you page of the production build (next start)', () => {
  it('renders the snippet with the CSP nonce, the core bytes, and the right data', async () => {
    const page = await thankYou(DEMO_ORDER_ID);
    expect(page.snippets).toHaveLength(1);
    const snippet = page.snippets[0]!;
    expect(snippet.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce: page.nonce });
    expect(snippet.text).toBe(buildPostcheckout(findOrder(DEMO_ORDER_ID)!, { mode: 'strict' })!.code);
    expect(runPushes(snippet.text)).toEqual([
      [
        'postcheckout',
        {
          user: { name: 'Ada Lovelace', email: 'ada@example.com' },
          order: {
            id: DEMO_ORDER_ID,
            price: 1740.5,
            items: [
              { id: 'MUG-300', title: HOSTILE, price: 490, count: 1 },
              { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5, count: 1 },
            ],
          },
        },
      ],
    ]);
  });

  it('includes the loader stand-in once, with the nonce; every script carries the nonce', async () => {
    const page = await thankYou(DEMO_ORDER_ID);
    expect(page.loaders).toHaveLength(1);
    expect(page.loaders[0]!.attributes.src).toBe(`${LOADER_STUB_SRC}?site_id=${STUB_SITE_ID}`);
    expect(page.loaders[0]!.attributes.async).toBe('');
    expect(page.loaders[0]!.attributes.nonce).toBe(page.nonce);
    // Under `script-src 'nonce-…' 'strict-dynamic'` a script without the nonce would be blocked.
    for (const script of page.scripts) expect(script.attributes.nonce).toBe(page.nonce);
  });

  it('the snippet is in no Suspense boundary of ours without cacheComponents (React would stream a late one after the page)', async () => {
    const page = await thankYou(DEMO_ORDER_ID);
    const snippet = elementsOf(page.html, 'document').find(
      (element) =>
        element.tagName === 'script' && element.attrs.some(({ name, value }) => name === 'data-flocktory' && value === 'postcheckout'),
    )!;
    // A boundary React finished before sending the page is <!--$-->…<!--/$--> around it; one still
    // pending then comes last, in <div hidden id="S:…">, which React's inline script moves into place.
    const parent = snippet.parentNode as Element;
    expect(parent.tagName).toBe('main');
    const before = parent.childNodes[parent.childNodes.indexOf(snippet) - 1];
    expect(before && 'data' in before ? before.data : null).not.toBe('$');
  });

  it('serves the stand-in the layout points to', async () => {
    expect(LOADER_STUB_SRC).toBe(LOADER_STUB_URL_PATH);
    const response = await fetch(`${shop.url}${LOADER_STUB_SRC}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(loaderStubPath, 'utf8'));
  });

  it('places an order and renders it on every load with a fresh nonce (direct load and reload)', async () => {
    const response = await fetch(`${shop.url}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: ' Bob ', email: 'bob@example.com', items: [{ id: 'MUG-300', count: 2 }] }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const first = await thankYou(id);
    const reload = await thankYou(id);
    expect(first.nonce).not.toBe(reload.nonce);
    for (const page of [first, reload]) {
      expect(page.snippets).toHaveLength(1);
      expect(page.snippets[0]!.attributes.nonce).toBe(page.nonce);
      expect(runPushes(page.snippets[0]!.text)).toEqual([
        [
          'postcheckout',
          {
            user: { name: 'Bob', email: 'bob@example.com' },
            order: { id, price: 980, items: [{ id: 'MUG-300', title: HOSTILE, price: 490, count: 2 }] },
          },
        ],
      ]);
    }
  });

  it('rejects a bad order and 404s an unknown one', async () => {
    const bad = await fetch(`${shop.url}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Eve', email: 'not an email', items: [{ id: 'MUG-300', count: 1 }] }),
    });
    expect(bad.status).toBe(400);
    expect((await fetch(`${shop.url}/thank-you/NS-unknown`)).status).toBe(404);
  });

  it('the Pages Router page renders the same snippet with the request nonce', async () => {
    const page = await thankYou(DEMO_ORDER_ID, '/pages-router');
    expect(page.snippets).toHaveLength(1);
    expect(page.snippets[0]!.attributes.nonce).toBe(page.nonce);
    expect(page.snippets[0]!.text).toBe(buildPostcheckout(findOrder(DEMO_ORDER_ID)!, { mode: 'strict' })!.code);
    expect(page.loaders).toHaveLength(1);
    for (const script of page.scripts) expect(script.attributes.nonce).toBe(page.nonce);
  });
});
