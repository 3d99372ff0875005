import { fileURLToPath } from 'node:url';

import { buildPostcheckout } from '@flocktory-ssr/core';
import { fetch, setup } from '@nuxt/test-utils/e2e';
import { loaderScripts, postcheckoutScripts, scriptsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';

import { thankYouOrder } from './fixtures/shared/order';

await setup({ rootDir: fileURLToPath(new URL('./fixtures/security', import.meta.url)), server: true, browser: false, setupTimeout: 300_000 });

async function page(path: string): Promise<{ html: string; nonce: string }> {
  const response = await fetch(path);
  const csp = response.headers.get('content-security-policy') ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  return { html: await response.text(), nonce: nonce! };
}

describe('@flocktory-ssr/nuxt with nuxt-security (nonce: true)', () => {
  it('the snippet carries the CSP nonce exactly once and stays byte-identical', async () => {
    const { html, nonce } = await page('/thank-you');
    const [script, ...rest] = postcheckoutScripts(html);
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({ 'data-flocktory-order': 'N-1001', nonce });
    expect(script!.text).toBe(buildPostcheckout(thankYouOrder, { mode: 'strict' })!.code);
    // nuxt-security adds a nonce to every tag; ours must not have a second one.
    expect(html.match(/<script[^>]*data-flocktory-order[^>]*>/)![0].match(/nonce=/g)).toHaveLength(1);
  });

  it('the loader, and every other script of the page, carries the nonce', async () => {
    for (const path of ['/', '/thank-you', '/composable']) {
      const { html, nonce } = await page(path);
      expect(loaderScripts(html)).toHaveLength(1);
      for (const script of scriptsOf(html, 'document')) expect(script.attributes.nonce, `${path}: ${JSON.stringify(script.attributes)}`).toBe(nonce);
    }
  });

  it('a fresh nonce per request', async () => {
    expect((await page('/thank-you')).nonce).not.toBe((await page('/thank-you')).nonce);
  });
});
