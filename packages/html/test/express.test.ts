import { elementsOf, runPushes, scriptsOf } from '@flocktory-ssr/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flocktory, type FlocktoryLocals } from '../src/express';
import { buildPostcheckout, FlocktoryValidationError, type PostcheckoutInput } from '../src/index';
import { docsExample, hostileStrings } from './support/fixtures';
import { startTestServer, type TestServer } from './support/test-app';

const hostileName = hostileStrings.slice(0, 6).join(' | ');
const hostile: PostcheckoutInput = {
  user: { name: hostileName, email: 'buyer@example.com' },
  order: {
    id: 'A-1"></script><script>alert(1)</script>',
    price: '2 999,00',
    items: [{ id: 'sku-1', title: '</script><script>alert(1)</script>', price: 2999, count: 1 }],
  },
  spot: '<!--',
};
const broken = { user: { name: 'No email' }, order: docsExample.order } as unknown as PostcheckoutInput;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ docs: docsExample, hostile, broken });
});
afterAll(() => server.close());

async function fetchPage(path: string) {
  const response = await fetch(server.url + path);
  return { response, html: await response.text(), nonce: response.headers.get('x-test-nonce') };
}

describe.each(['ejs', 'pug', 'hbs'])('a real Express app rendering %s views', (engine) => {
  it.each(['docs', 'hostile'])('renders the loader and the %s purchase with the request nonce', async (name) => {
    const purchase = name === 'docs' ? docsExample : hostile;
    const { response, html, nonce } = await fetchPage(`/${engine}/${name}`);
    expect(response.status).toBe(200);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);

    const scripts = scriptsOf(html, 'document');
    const elements = elementsOf(html, 'document');
    expect(scripts).toHaveLength(2);
    const [loader, postcheckout] = scripts;
    expect(loader).toEqual({
      names: ['async', 'src', 'nonce'],
      attributes: { async: '', src: '/loader.js?site_id=4242', nonce },
      text: '',
    });

    const snippet = buildPostcheckout(purchase, { mode: 'strict' })!;
    expect(postcheckout?.names).toEqual(['data-flocktory', 'nonce']);
    expect(postcheckout?.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce });
    expect(postcheckout?.text).toBe(snippet.code);
    expect(runPushes(postcheckout!.text)).toEqual([['postcheckout', snippet.data]]);

    // The view's own escaping of the name still works next to ours: one h1 with the exact text.
    const h1 = elements.filter((element) => element.tagName === 'h1');
    expect(h1).toHaveLength(1);
    const text = h1[0]!.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
    expect(text.replace(/\s+/g, ' ').trim()).toBe(`Thanks, ${purchase.user.name}`.replace(/\s+/g, ' ').trim());
  });

  it('renders the page without the snippet for bad data in safe mode, and reports it', async () => {
    const before = server.errors.length;
    const { response, html, nonce } = await fetchPage(`/${engine}/broken`);
    expect(response.status).toBe(200);
    const scripts = scriptsOf(html, 'document');
    expect(scripts.map((script) => script.attributes)).toEqual([{ async: '', src: '/loader.js?site_id=4242', nonce }]);
    expect(server.errors.slice(before)).toEqual([expect.any(FlocktoryValidationError)]);
  });

  it('gives each request its own nonce', async () => {
    const [first, second] = await Promise.all([fetchPage(`/${engine}/docs`), fetchPage(`/${engine}/docs`)]);
    expect(first.nonce).not.toBe(second.nonce);
    expect(scriptsOf(second.html, 'document').map((script) => script.attributes.nonce)).toEqual([second.nonce, second.nonce]);
  });
});

describe('flocktory() middleware', () => {
  function run(
    middleware: (req: any, res: { locals: Record<string, unknown> }, next: () => void) => void,
    locals: Record<string, unknown>,
    req: object = {},
  ): FlocktoryLocals {
    const res = { locals };
    let called = 0;
    middleware(req, res, () => void called++);
    expect(called).toBe(1);
    return res.locals.flocktory as FlocktoryLocals;
  }
  const nonceOf = (html: string) => scriptsOf(html, 'document')[0]?.attributes.nonce;

  it('reads res.locals.cspNonce, then res.locals.nonce, at render time', () => {
    const middleware = flocktory({ siteId: 1 });
    expect(nonceOf(run(middleware, { cspNonce: 'aaa', nonce: 'bbb' }).loader())).toBe('aaa');
    expect(nonceOf(run(middleware, { nonce: 'bbb' }).postcheckout(docsExample))).toBe('bbb');
    const locals: Record<string, unknown> = {};
    const late = run(middleware, locals);
    locals.cspNonce = 'set-later';
    expect(nonceOf(late.loader())).toBe('set-later');
    expect(nonceOf(run(middleware, {}).loader())).toBeUndefined();
  });

  it('takes a custom nonce lookup, and per-call options win', () => {
    const middleware = flocktory<{ nonce: string }>({ siteId: 1, nonce: (req) => req.nonce });
    const locals = run(middleware, { cspNonce: 'ignored' }, { nonce: 'fromReq' });
    expect(nonceOf(locals.postcheckout(docsExample))).toBe('fromReq');
    expect(nonceOf(locals.postcheckout(docsExample, { nonce: 'perCall' }))).toBe('perCall');
    expect(() => locals.postcheckout(broken, { mode: 'strict' })).toThrow(FlocktoryValidationError);
  });

  it('rejects a bad site id at startup in strict mode, and renders nothing in safe mode', () => {
    expect(() => flocktory({ siteId: '1" onload="x', mode: 'strict' })).toThrow(FlocktoryValidationError);
    const errors: unknown[] = [];
    const locals = run(flocktory({ siteId: 'x', mode: 'safe', onError: (error) => errors.push(error) }), {});
    expect(locals.loader()).toBe('');
    expect(errors).toHaveLength(1);
  });

  it('a hostile nonce from the request never becomes an attribute', () => {
    const errors: unknown[] = [];
    const middleware = flocktory({ siteId: 1, mode: 'safe', onError: (error) => errors.push(error) });
    const locals = run(middleware, { cspNonce: '" onload="alert(1)' });
    expect(locals.loader()).toBe('');
    expect(locals.postcheckout(docsExample)).toBe('');
    expect(errors).toHaveLength(2);
  });
});
