/**
 * The tests of @flocktory-ssr/nuxt with nuxt-security (`nonce: true`), the same for Nuxt 4
 * (packages/nuxt) and Nuxt 3 (test/nuxt3), against a built fixture app that extends
 * ../nuxt-layers/security (its pages) and renders the order `expected` was built from.
 *
 * The caller passes its own `it`, `expect` and `fetch`: each suite runs its own vitest and
 * @nuxt/test-utils (their peer dependencies differ), and a test must register with the running one.
 */
import type { ExpectStatic, TestAPI } from 'vitest';

import { runPushes } from './run-pushes';
import { loaderScripts, postcheckoutScripts, scriptsOf } from './scripts';

export interface NuxtSecuritySuite {
  it: TestAPI;
  expect: ExpectStatic;
  /** @nuxt/test-utils' `fetch`: a path of the running fixture app. */
  fetch(path: string): Promise<Response>;
  /** What `buildPostcheckout(thankYouOrder, { mode: 'strict' })` gives for the fixture's order. */
  expected: { code: string; data: unknown };
}

/** Registers the tests in the caller's `describe`. */
export function nuxtSecurityTests({ it, expect, fetch, expected }: NuxtSecuritySuite): void {
  /** A page and the nonce its Content-Security-Policy header allows. */
  async function page(path: string): Promise<{ html: string; nonce: string }> {
    const response = await fetch(path);
    expect(response.status, path).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    return { html: await response.text(), nonce: nonce! };
  }

  /** The page's one postcheckout script: exactly our attributes with the request's nonce, our code. */
  async function onlySnippet(path: string): Promise<{ html: string; text: string }> {
    const { html, nonce } = await page(path);
    const [script, ...rest] = postcheckoutScripts(html);
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce });
    expect(script!.text).toBe(expected.code);
    return { html, text: script!.text };
  }

  /** nuxt-security adds a nonce to every tag, parse5 would hide a duplicate: count on the raw tag. */
  function expectOneRawNonce(html: string): void {
    expect(html.match(/<script[^>]*data-flocktory="postcheckout"[^>]*>/)![0].match(/nonce=/g)).toHaveLength(1);
  }

  it('the snippet carries the CSP nonce exactly once and stays byte-identical', async () => {
    const { html, text } = await onlySnippet('/thank-you');
    expect(runPushes(text)).toEqual([['postcheckout', expected.data]]);
    expectOneRawNonce(html);
  });

  it('the composable snippet carries the nonce too, exactly once', async () => {
    expectOneRawNonce((await onlySnippet('/composable')).html);
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
    expect(scripts[0]!.text).toBe(expected.code);
    expect(html).not.toContain('injected');
    const tags = html.match(/<script[^>]*data-flocktory="[^"]*"[^>]*>/g)!;
    expect(tags).toHaveLength(3);
    for (const tag of tags) expect(tag.match(/nonce=/g), tag).toHaveLength(1);
    for (const script of scriptsOf(html, 'document')) expect(script.attributes.nonce, JSON.stringify(script.attributes)).toBe(nonce);
  });

  it('a fresh nonce per request', async () => {
    expect((await page('/thank-you')).nonce).not.toBe((await page('/thank-you')).nonce);
  });
}
