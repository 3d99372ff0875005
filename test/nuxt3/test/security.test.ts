import { fileURLToPath } from 'node:url';

import { buildPostcheckout } from '@flocktory-ssr/core';
import { fetch, setup, useTestContext } from '@nuxt/test-utils/e2e';
import { loaderScripts, postcheckoutScripts, runPushes, scriptsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';

import { thankYouOrder } from '../fixtures/shared/order';

await setup({
  rootDir: fileURLToPath(new URL('../fixtures/security', import.meta.url)),
  server: true,
  build: true,
  browser: false,
  setupTimeout: 300_000,
});

const expected = buildPostcheckout(thankYouOrder, { mode: 'strict' })!;

/** A page and the nonce its Content-Security-Policy header allows. */
async function page(path: string): Promise<{ html: string; nonce: string }> {
  const response = await fetch(path);
  expect(response.status, path).toBe(200);
  const csp = response.headers.get('content-security-policy') ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  return { html: await response.text(), nonce: nonce! };
}

describe('@flocktory-ssr/nuxt with nuxt-security 2.5.0 (nonce: true) in a Nuxt 3 app', () => {
  it('the fixture really is Nuxt 3 with nuxt-security and our module', () => {
    const nuxt = useTestContext().nuxt!;
    expect(nuxt._version).toMatch(/^3\./);
    expect(nuxt.options.future.compatibilityVersion).toBe(3);
    const names = nuxt.options._installedModules.map((m) => m.meta?.name);
    expect(names).toContain('nuxt-security');
    expect(names).toContain('@flocktory-ssr/nuxt');
  });

  it('the snippet carries the CSP nonce exactly once and stays byte-identical', async () => {
    const { html, nonce } = await page('/thank-you');
    const [script, ...rest] = postcheckoutScripts(html);
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce });
    expect(script!.text).toBe(expected.code);
    expect(runPushes(script!.text)).toEqual([['postcheckout', expected.data]]);
    // nuxt-security adds a nonce to every tag, parse5 would hide a duplicate: count on the raw tag.
    expect(html.match(/<script[^>]*data-flocktory="postcheckout"[^>]*>/)![0].match(/nonce=/g)).toHaveLength(1);
  });

  it('the composable snippet carries the nonce too', async () => {
    const { html, nonce } = await page('/composable');
    const [script, ...rest] = postcheckoutScripts(html);
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce });
    expect(script!.text).toBe(expected.code);
  });

  it('the loader, once per page, and every other script of the page carry the nonce', async () => {
    for (const path of ['/', '/thank-you', '/composable']) {
      const { html, nonce } = await page(path);
      const loaders = loaderScripts(html);
      expect(loaders, path).toHaveLength(1);
      expect(loaders[0]!.attributes.src).toBe('/flocktory-stub/loader.js?site_id=1234');
      for (const script of scriptsOf(html, 'document'))
        expect(script.attributes.nonce, `${path}: ${JSON.stringify(script.attributes)}`).toBe(nonce);
    }
  });

  it('our scripts carry the nonce exactly once whatever `"` the page holds, and no bound attribute reaches them', async () => {
    // /quotes: a v-html block with one `"` above the snippet (nuxt-security's rewrite pairs it with
    // a quote of the next tag, so it adds no nonce there), the order title's `12"` before the next
    // script, and `v-bind` of an object with innerHTML/src/onerror/type/class keys.
    const { html, nonce } = await page('/quotes');
    const scripts = postcheckoutScripts(html);
    expect(scripts.map((script) => script.attributes)).toEqual([
      { 'data-flocktory': 'postcheckout', nonce },
      { 'data-flocktory': 'postcheckout', nonce },
    ]);
    expect(scripts[0]!.text).toBe(buildPostcheckout(thankYouOrder, { mode: 'strict' })!.code);
    expect(html).not.toContain('injected');
    const tags = html.match(/<script[^>]*data-flocktory="[^"]*"[^>]*>/g)!;
    expect(tags).toHaveLength(3);
    for (const tag of tags) expect(tag.match(/nonce=/g), tag).toHaveLength(1);
    for (const script of scriptsOf(html, 'document')) expect(script.attributes.nonce, JSON.stringify(script.attributes)).toBe(nonce);
  });

  it('a fresh nonce per request', async () => {
    expect((await page('/thank-you')).nonce).not.toBe((await page('/thank-you')).nonce);
  });
});
