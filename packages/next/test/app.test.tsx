import { cloneElement, isValidElement, Suspense, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { buildPostcheckout } from '@flocktory-ssr/react';
import * as react from '@flocktory-ssr/react';
import { scriptsOf } from '@flocktory-ssr/test-support';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as next from '../src';
import { FlocktoryLoader, FlocktoryPostcheckout, getNonce } from '../src/app';

const REQUEST_NONCE = 'cmVxdWVzdC1ub25jZQ==';
const headers = vi.fn(async () => new Headers({ 'content-security-policy': `script-src 'nonce-${REQUEST_NONCE}' 'strict-dynamic'` }));
vi.mock('next/headers.js', () => ({ headers: () => headers() }));

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
  const reactComponents: unknown[] = [react.FlocktoryPostcheckout, react.FlocktoryLoader];
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
  });
});

describe('@flocktory-ssr/next/app', () => {
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

  it('getNonce() reads the current request', async () => {
    await expect(getNonce()).resolves.toBe(REQUEST_NONCE);
  });
});
