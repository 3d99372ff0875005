import { cloneElement, isValidElement, Suspense, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { buildPostcheckout, buildUpdateCart } from '@flocktory-ssr/react';
import * as react from '@flocktory-ssr/react';
import { scriptsOf } from '@flocktory-ssr/test-support';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as next from '../src';
import * as app from '../src/app';
import { FlocktoryLoader, FlocktoryPageView, FlocktoryPostcheckout, FlocktoryUpdateCart, getNonce } from '../src/app';

const REQUEST_NONCE = 'cmVxdWVzdC1ub25jZQ==';
const headers = vi.fn(async () => new Headers({ 'content-security-policy': `script-src 'nonce-${REQUEST_NONCE}' 'strict-dynamic'` }));
vi.mock('next/headers.js', () => ({ headers: () => headers() }));
vi.mock('next/navigation.js', () => ({ usePathname: () => '/cart', useSearchParams: () => new URLSearchParams('step=2') }));

const input = {
  user: { email: 'ada@example.com' },
  order: { id: 'N-1', price: 10, items: [{ id: 'SKU', title: '</script>' }] },
};

const scripts = (html: string) => scriptsOf(html, 'fragment');

/** Renders like the RSC renderer does: this package's (async) server components are awaited. */
async function resolve(node: unknown): Promise<unknown> {
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  // nonce="auto" reads the request inside a Suspense boundary of its own (cacheComponents).
  if (element.type === Suspense) return cloneElement(element, {}, (await resolve(element.props.children)) as ReactElement);
  const reactComponents: unknown[] = [react.FlocktoryPostcheckout, react.FlocktoryLoader, react.FlocktoryUpdateCart];
  if (typeof element.type !== 'function' || reactComponents.includes(element.type)) return node;
  return resolve(await (element.type as (props: unknown) => unknown)(element.props));
}

async function render(node: ReactElement): Promise<string> {
  return renderToString((await resolve(node)) as ReactElement);
}

beforeEach(() => headers.mockClear());

describe('@flocktory-ssr/next', () => {
  it('re-exports the React components for both routers', () => {
    expect(next.FlocktoryPostcheckout).toBe(react.FlocktoryPostcheckout);
    expect(next.FlocktoryLoader).toBe(react.FlocktoryLoader);
    for (const name of [
      'FlocktoryUser',
      'FlocktoryCategoryView',
      'FlocktoryItemView',
      'FlocktoryExchange',
      'FlocktoryUpdateCart',
      'FlocktoryPageView',
      'useFlocktoryCart',
    ] as const) {
      expect(next[name], name).toBe(react[name]);
    }
  });
});

describe('nonce="auto" outside @flocktory-ssr/next/app', () => {
  // The main entry is React's components: "auto" would be sent literally, and the CSP would block it.
  it('the main entry reports it (strict throws; safe renders nothing) and never renders it', () => {
    const main = [
      <next.FlocktoryPostcheckout {...input} nonce="auto" mode="strict" key="p" />,
      <next.FlocktoryLoader siteId="42" nonce="auto" mode="strict" key="l" />,
      <next.FlocktoryUpdateCart items={[{ id: 'SKU', price: 1, count: 1 }]} nonce="auto" mode="strict" key="u" />,
    ];
    for (const element of main) expect(() => renderToString(element)).toThrow(/@flocktory-ssr\/next\/app/);
    const onError = vi.fn();
    const safe = renderToString(<next.FlocktoryPostcheckout {...input} nonce="auto" mode="safe" onError={onError} />);
    expect(safe).not.toContain('nonce');
    expect(scripts(safe)).toEqual([]);
    expect(onError.mock.calls[0]![0].issues).toMatchObject([{ path: 'nonce', code: 'invalid_nonce' }]);
    expect(headers).not.toHaveBeenCalled();
  });

  it('/app resolves it before core sees it: a request without a CSP nonce renders no nonce and no issue', async () => {
    headers.mockResolvedValueOnce(new Headers());
    const onError = vi.fn();
    const [script] = scripts(await render(<FlocktoryPostcheckout {...input} nonce="auto" mode="strict" onError={onError} />));
    expect(script!.attributes.nonce).toBeUndefined();
    expect(script!.text).toBe(buildPostcheckout(input, { mode: 'strict' })!.code);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('@flocktory-ssr/next/app', () => {
  it('exports every value of @flocktory-ssr/react, the same instances, with its own loader and page view in their place', () => {
    const own = ['FlocktoryPostcheckout', 'FlocktoryLoader', 'FlocktoryUpdateCart', 'FlocktoryPageView'];
    for (const name of Object.keys(react) as (keyof typeof react)[]) {
      if (own.includes(name)) expect(app[name], name).not.toBe(react[name]);
      else expect(app[name], name).toBe(react[name]);
    }
  });

  it('nonce="auto" takes the nonce from the request CSP header', async () => {
    const html = await render(<FlocktoryPostcheckout {...input} nonce="auto" mode="strict" />);
    const [script] = scripts(html);
    expect(script!.attributes.nonce).toBe(REQUEST_NONCE);
    expect(script!.text).toBe(buildPostcheckout(input, { mode: 'strict' })!.code);
    expect(headers).toHaveBeenCalledOnce();
  });

  it('a nonce prop wins and no request header is read (the route can stay static)', async () => {
    const html = await render(<FlocktoryPostcheckout {...input} nonce="b3duLW5vbmNl" mode="strict" />);
    expect(scripts(html)[0]!.attributes.nonce).toBe('b3duLW5vbmNl');
    await render(<FlocktoryPostcheckout {...input} mode="strict" />);
    await render(<FlocktoryLoader siteId="42" />);
    expect(headers).not.toHaveBeenCalled();
  });

  it('the loader takes nonce="auto" too', async () => {
    const html = await render(<FlocktoryLoader siteId="42" nonce="auto" />);
    const [script] = scripts(html);
    expect(script!.attributes.nonce).toBe(REQUEST_NONCE);
    expect(script!.attributes.src).toBe('https://api.flocktory.com/v2/loader.js?site_id=42');
  });

  it('the loader renders a plain <script async src nonce> element, no client component (React 19 hoists and runs it)', async () => {
    const src = 'https://api.flocktory.com/v2/loader.js?site_id=42';
    const plain = FlocktoryLoader({ siteId: '42', nonce: 'b3duLW5vbmNl' }) as ReactElement;
    expect(plain.type).toBe('script');
    expect(plain.props).toEqual({ async: true, src, nonce: 'b3duLW5vbmNl' });
    const suspense = (await resolve(<FlocktoryLoader siteId="42" nonce="auto" />)) as ReactElement<{ children: ReactElement }>;
    expect(suspense.type).toBe(Suspense);
    expect(suspense.props.children.type).toBe('script');
    expect(suspense.props.children.props).toEqual({ async: true, src, nonce: REQUEST_NONCE });
  });

  it('the loader validates and reports as the React one does: safe renders nothing, strict throws', async () => {
    const onError = vi.fn();
    expect(FlocktoryLoader({ siteId: '4x', mode: 'safe', onError })).toBeNull();
    expect(await resolve(<FlocktoryLoader siteId="4x" nonce="auto" mode="safe" onError={onError} />)).toMatchObject({
      props: { children: null },
    });
    expect(onError).toHaveBeenCalledTimes(2);
    for (const [error] of onError.mock.calls) expect(error.issues[0]).toMatchObject({ path: 'siteId', code: 'invalid_site_id' });
    expect(() => FlocktoryLoader({ siteId: '4x', mode: 'strict' })).toThrow(react.FlocktoryValidationError);
    await expect(resolve(<FlocktoryLoader siteId="4x" nonce="auto" mode="strict" />)).rejects.toThrow(react.FlocktoryValidationError);
  });

  it('<FlocktoryUpdateCart nonce="auto"> takes the nonce from the request; a nonce prop reads nothing', async () => {
    const items = [{ id: 'SKU', price: 10, count: 1 }];
    const [script] = scripts(await render(<FlocktoryUpdateCart items={items} nonce="auto" mode="strict" />));
    expect(script!.attributes).toEqual({ 'data-flocktory': 'update-cart', nonce: REQUEST_NONCE });
    expect(script!.text).toBe(buildUpdateCart(items, { mode: 'strict' })!.code);
    expect(headers).toHaveBeenCalledOnce();
    headers.mockClear();
    const [own] = scripts(await render(<FlocktoryUpdateCart items={items} nonce="b3duLW5vbmNl" mode="strict" />));
    expect(own!.attributes.nonce).toBe('b3duLW5vbmNl');
    expect(headers).not.toHaveBeenCalled();
  });

  it('<FlocktoryPageView> renders nothing on the server, inside a Suspense boundary of its own (useSearchParams)', () => {
    const element = FlocktoryPageView({}) as ReactElement<{ fallback: unknown }>;
    expect(element.type).toBe(Suspense);
    expect(element.props.fallback).toBeNull();
    expect(renderToString(<FlocktoryPageView mode="strict" />)).not.toMatch(/<(?!!)/);
    expect(headers).not.toHaveBeenCalled();
  });

  describe('nonce="auto" reads the request in a Suspense boundary of its own only where cacheComponents needs one', () => {
    afterEach(() => vi.unstubAllEnvs());
    const items = [{ id: 'SKU', price: 10, count: 1 }];
    // Each component's props with nonce="auto", and the script it renders.
    const components = [
      { render: () => FlocktoryPostcheckout({ ...input, nonce: 'auto', mode: 'strict' }), script: 'postcheckout' },
      { render: () => FlocktoryUpdateCart({ items, nonce: 'auto', mode: 'strict' }), script: 'update-cart' },
      { render: () => FlocktoryLoader({ siteId: '42', nonce: 'auto' }), script: 'loader' },
    ];
    const nonceOf = async (element: ReactElement, script: string) => {
      const found = scripts(renderToString((await resolve(element)) as ReactElement));
      expect(found).toHaveLength(1);
      if (script !== 'loader') expect(found[0]!.attributes['data-flocktory']).toBe(script);
      return found[0]!.attributes.nonce;
    };

    // Next.js writes process.env.__NEXT_CACHE_COMPONENTS into the modules it bundles.
    it.each([
      ['cacheComponents: true', 'true'],
      ['no Next.js define (another bundler, an older Next.js)', undefined],
    ])('%s: a boundary (the read is what a prerender may not do outside one)', async (_, value) => {
      if (value !== undefined) vi.stubEnv('__NEXT_CACHE_COMPONENTS', value);
      for (const { render, script } of components) {
        const element = render() as ReactElement<{ fallback: unknown; children: ReactElement }>;
        expect(element.type).toBe(Suspense);
        expect(element.props.fallback).toBeNull();
        expect(await nonceOf(element, script)).toBe(REQUEST_NONCE);
      }
    });

    it('cacheComponents off: no boundary, so React need not stream the script after the page', async () => {
      vi.stubEnv('__NEXT_CACHE_COMPONENTS', 'false');
      for (const { render, script } of components) {
        const element = render() as ReactElement;
        expect(element.type).not.toBe(Suspense);
        expect(await nonceOf(element, script)).toBe(REQUEST_NONCE);
      }
    });
  });

  it('getNonce() reads the current request', async () => {
    await expect(getNonce()).resolves.toBe(REQUEST_NONCE);
  });
});
