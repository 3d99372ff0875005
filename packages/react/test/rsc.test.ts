// @vitest-environment node
/**
 * React Server Components, end to end on the BUILT package: the server half runs under
 * `--conditions=react-server` (React's own node-register makes 'use client' files client
 * references), the SSR half decodes the Flight payload and renders HTML, as RSC frameworks do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runPushes, scriptsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';
import { buildUpdateCart } from '@flocktory-ssr/core';
import { coreCode, expectedData, NONCE, orderInput } from './fixtures';

const scripts = (html: string) => scriptsOf(html, 'auto');

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function flight(props: object, component = 'FlocktoryPostcheckout'): { payload: string; errors: string } {
  const run = spawnSync(process.execPath, ['--conditions=react-server', here('rsc/flight.cjs'), JSON.stringify(props), component], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`flight render failed: ${run.stderr}`);
  return { payload: run.stdout, errors: run.stderr };
}

function ssr(payload: string): string {
  return execFileSync(process.execPath, [here('rsc/ssr.cjs')], { input: payload, encoding: 'utf8', timeout: 30_000 });
}

describe('as a React Server Component (built package)', () => {
  it('keeps the client boundaries: each dist client file starts with its directive', () => {
    const clientFiles = ['postcheckout-script', 'loader-script', 'update-cart-script', 'use-flocktory-cart', 'page-view'];
    for (const file of clientFiles.flatMap((name) => [`../dist/${name}.js`, `../dist/${name}.cjs`])) {
      const source = readFileSync(here(file), 'utf8');
      expect(source.replace(/^"use strict";\s*/, '').startsWith('"use client";')).toBe(true);
    }
    for (const entry of ['index', 'adapter']) expect(readFileSync(here(`../dist/${entry}.js`), 'utf8')).not.toContain('use client');
  });

  it('the client module needs only @flocktory-ssr/core/client (no validation, no serializer)', () => {
    const source = readFileSync(here('../dist/postcheckout-script.js'), 'utf8');
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1]);
    expect(imports.filter((name) => name!.startsWith('@flocktory-ssr/'))).toEqual(['@flocktory-ssr/core/client']);
  });

  it('ships only the finished script text to the client, and the HTML has the core snippet', () => {
    const { payload } = flight({ ...orderInput(), nonce: NONCE, mode: 'strict' });
    // A client reference to the tiny client component, nothing else from this package.
    expect(payload).toMatch(/\d+:"file:\/\/[^"]*\/dist\/postcheckout-script\.cjs"/);
    const root = payload.split('\n').find((line) => line.startsWith('0:["$"'));
    const [, , , props] = JSON.parse(root!.slice(2)) as [string, string, null, unknown];
    expect(props).toEqual({ code: coreCode(orderInput()), orderId: 'A-1001', nonce: NONCE });

    const html = ssr(payload);
    const found = scripts(html);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(coreCode(orderInput()));
    expect(found[0]!.attributes.nonce).toBe(NONCE);
    expect(found[0]!.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce: NONCE });
    expect(runPushes(found[0]!.text)).toEqual([['postcheckout', expectedData()]]);
  });

  it('renders nothing in safe mode for bad data', () => {
    const input = orderInput();
    const { payload, errors } = flight({ user: input.user, order: { ...input.order, items: [] }, mode: 'safe' });
    expect(payload).not.toContain('postcheckout-script');
    // The default onError logs; the page renders on.
    expect(errors).toContain('order.items: empty items');
    expect(ssr(payload)).toBe('');
  });

  it('the cart script: only its finished text crosses to the client, and the HTML has the core snippet', () => {
    const items = [{ id: 'SKU-1', price: '1 200', count: 2 }];
    const code = buildUpdateCart(items, { mode: 'strict' })!.code;
    const { payload } = flight({ items, nonce: NONCE, mode: 'strict' }, 'FlocktoryUpdateCart');
    expect(payload).toMatch(/\d+:"file:\/\/[^"]*\/dist\/update-cart-script\.cjs"/);
    const found = scripts(ssr(payload));
    expect(found.map((script) => [script.attributes, script.text])).toEqual([[{ 'data-flocktory': 'update-cart', nonce: NONCE }, code]]);
    expect(runPushes(found[0]!.text)).toEqual([['updateCart', { cart: { items: [{ id: 'SKU-1', price: 1200, count: 2 }] } }]]);
  });

  it('a marker renders in a Server Component: plain markup, no client code', () => {
    const { payload } = flight({ id: 'SKU-1', vendor: 'Nike', mode: 'strict' }, 'FlocktoryItemView');
    expect(payload).not.toContain('file://');
    expect(ssr(payload)).toBe(
      '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="SKU-1" data-fl-item-vendor="Nike"></div>',
    );
  });
});
