/**
 * What a shop meets at startup: `siteId: process.env.FLOCKTORY_SITE_ID` with the variable unset,
 * and Handlebars views whose helpers were never registered.
 */
import { scriptsOf } from '@flocktory-ssr/test-support';
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flocktory, registerHandlebarsHelpers, type FlocktoryLocals } from '../src/express';
import { FlocktoryValidationError } from '../src/index';
import { docsExample } from './support/fixtures';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

type Middleware = ReturnType<typeof flocktory>;

/** One request through the middleware: the locals a view gets. */
function request(middleware: Middleware): Record<string, unknown> & { flocktory: FlocktoryLocals } {
  const res = { locals: { cspNonce: 'abc' } as Record<string, unknown> };
  middleware({}, res, () => {});
  return res.locals as Record<string, unknown> & { flocktory: FlocktoryLocals };
}

const unsetVariable = () => process.env.FLOCKTORY_SITE_ID_THAT_IS_NOT_SET as string;

describe('siteId from an environment variable that is not set', () => {
  it('development: throws at startup, naming the option and the usual variable', () => {
    vi.stubEnv('NODE_ENV', 'development');
    let error: unknown;
    try {
      flocktory({ siteId: unsetVariable() });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FlocktoryValidationError);
    expect((error as FlocktoryValidationError).issues).toEqual([
      expect.objectContaining({ path: 'siteId', code: 'required', fatal: true }),
    ]);
    expect(String((error as Error).message)).toMatch(/siteId: is missing \(received undefined\).*process\.env\.FLOCKTORY_SITE_ID/);
  });

  it('production: no crash, no loader, one log line for the whole process', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const middleware = flocktory({ siteId: unsetVariable() });
    for (let page = 0; page < 3; page++) {
      const { flocktory: locals } = request(middleware);
      expect(locals.loader()).toBe('');
      expect(scriptsOf(locals.postcheckout(docsExample), 'document')).toHaveLength(1);
    }
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toContain('FLOCKTORY_SITE_ID');
  });

  it.each([[null], ['']])('siteId %j is missing too', (siteId) => {
    expect(() => flocktory({ siteId: siteId as never, mode: 'strict' })).toThrow(/siteId: is missing/);
  });

  it('a bad site id in safe mode is reported once at startup, not on every page', () => {
    const errors: unknown[] = [];
    const middleware = flocktory({ siteId: '12ab', mode: 'safe', onError: (error) => errors.push(error) });
    for (let page = 0; page < 3; page++) expect(request(middleware).flocktory.loader()).toBe('');
    expect(errors).toHaveLength(1);
  });
});

describe('Handlebars views without registerHandlebarsHelpers', () => {
  const template = '<head>{{{flocktoryLoader}}}</head><body>{{{flocktoryPostcheckout purchase}}}</body>';

  it('strict: rendering throws and says what to call', () => {
    const locals = request(flocktory({ siteId: 9, mode: 'strict' }));
    const render = Handlebars.create().compile(template);
    expect(() => render({ ...locals, purchase: docsExample })).toThrow(/registerHandlebarsHelpers\(handlebars\)/);
  });

  it('safe: the loader and the snippet still render, and it is reported once', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const middleware = flocktory({ siteId: 9, mode: 'safe' });
    const render = Handlebars.create().compile(template);
    for (let page = 0; page < 2; page++) {
      const html = render({ ...request(middleware), purchase: docsExample });
      expect(scriptsOf(html, 'document').map((script) => script.names[0])).toEqual(['async', 'data-flocktory']);
    }
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toMatch(/\{\{\{flocktoryLoader\}\}\} was rendered without registerHandlebarsHelpers/);
  });

  it('safe: the markers and the cart script render too, from one argument or hash arguments', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const markers =
      '{{{flocktoryUser user}}}{{{flocktoryCategoryView id=category}}}{{{flocktoryItemView product}}}{{{flocktoryExchange}}}{{{flocktoryUpdateCart items}}}';
    const html = Handlebars.create().compile(markers)({
      ...request(flocktory({ siteId: 9, mode: 'safe' })),
      user: { email: 'ivan@example.com' },
      category: 'shoes',
      product: { id: '777' },
      items: [{ id: '777', price: 10, count: 1 }],
    });
    expect(html).toBe(
      '<div class="i-flocktory" data-fl-user-email="ivan@example.com"></div>' +
        '<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="shoes"></div>' +
        '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="777"></div>' +
        '<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>' +
        html.slice(html.indexOf('<script')),
    );
    expect(scriptsOf(html, 'document').map((script) => script.attributes)).toEqual([{ 'data-flocktory': 'update-cart', nonce: 'abc' }]);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toMatch(/\{\{\{flocktoryUser\}\}\} was rendered without registerHandlebarsHelpers/);
  });

  it('registered helpers take precedence: nothing is reported', () => {
    const log = vi.spyOn(console, 'error');
    const handlebars = Handlebars.create();
    registerHandlebarsHelpers(handlebars);
    const html = handlebars.compile(template)({ ...request(flocktory({ siteId: 9, mode: 'strict' })), purchase: docsExample });
    expect(scriptsOf(html, 'document')).toHaveLength(2);
    expect(log).not.toHaveBeenCalled();
  });
});
