/**
 * Next 16 with `cacheComponents: true` (fixtures/cache-components, built by this package's test
 * script): the README's `<FlocktoryLoader nonce="auto">` in the root layout builds, and every page
 * gets the loader and the snippet with the nonce of its own request.
 */
import { buildPostcheckout } from '@flocktory-ssr/core';
import { scriptsOf } from '@flocktory-ssr/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, findOrder } from '../lib/orders';
import { cspNonce } from './csp';
import { startShop, type RunningShop } from './server';

let app: RunningShop;
beforeAll(async () => {
  app = await startShop({}, 60_000, 'fixtures/cache-components');
}, 90_000);
afterAll(async () => {
  await app?.stop();
});

async function page(path: string) {
  const response = await fetch(app.url + path);
  expect(response.status).toBe(200);
  const nonce = cspNonce(response.headers.get('content-security-policy'));
  expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
  const scripts = scriptsOf(await response.text(), 'document');
  return {
    nonce: nonce!,
    loaders: scripts.filter((script) => script.attributes.src?.startsWith('/flocktory-stub/loader.js?')),
    snippets: scripts.filter((script) => script.attributes['data-flocktory'] === 'postcheckout'),
  };
}

describe('cacheComponents: true (partial prerendering)', () => {
  it('a prerendered page gets the loader with this request nonce', async () => {
    const first = await page('/');
    const second = await page('/');
    expect(first.nonce).not.toBe(second.nonce);
    for (const { loaders, nonce } of [first, second]) {
      expect(loaders).toHaveLength(1);
      expect(loaders[0]!.attributes).toMatchObject({ src: '/flocktory-stub/loader.js?site_id=1234', nonce });
    }
  });

  it('the thank-you page gets the snippet, the core bytes, with this request nonce', async () => {
    const { snippets, loaders, nonce } = await page(`/thank-you/${DEMO_ORDER_ID}`);
    expect(loaders).toHaveLength(1);
    expect(snippets).toHaveLength(1);
    expect(snippets[0]!.attributes.nonce).toBe(nonce);
    expect(snippets[0]!.text).toBe(buildPostcheckout(findOrder(DEMO_ORDER_ID)!, { mode: 'strict' })!.code);
  });
});
