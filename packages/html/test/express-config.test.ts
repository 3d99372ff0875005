/**
 * What a shop meets at startup: `siteId: process.env.FLOCKTORY_SITE_ID` with the variable unset,
 * and Handlebars views whose helpers were never registered.
 */
import { scriptsOf } from '@flocktory-ssr/test-support';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
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

/** Runs `visit` against `app` listening on 127.0.0.1, then closes it. */
async function withServer(app: { listen(port: number, host: string): Server }, visit: (url: string) => Promise<void>): Promise<void> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await visit(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
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
    // One line, as core's default report writes it: no Error with a stack spread over twenty lines.
    expect(log.mock.calls[0]).toEqual([
      expect.stringMatching(/^Invalid Flocktory data: siteId: is missing [^\n]*FLOCKTORY_SITE_ID[^\n]*$/),
    ]);
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

  it('a loaderSrc with a non-fatal issue (its own site_id) is reported once at startup; pages get the loader', () => {
    const errors: FlocktoryValidationError[] = [];
    const loaderSrc = 'https://cdn.example.com/loader.js?site_id=1234';
    const middleware = flocktory({ siteId: 5678, loaderSrc, mode: 'safe', onError: (error) => errors.push(error) });
    for (let page = 0; page < 3; page++) {
      expect(request(middleware).flocktory.loader()).toBe(
        '<script async src="https://cdn.example.com/loader.js?site_id=5678" nonce="abc"></script>',
      );
    }
    expect(errors.map((error) => error.issues.map((issue) => issue.code))).toEqual([['src_has_site_id']]);
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
    expect(log.mock.calls[0]).toEqual([
      expect.stringMatching(/^\{\{\{flocktoryLoader\}\}\} was rendered without registerHandlebarsHelpers[^\n]*$/),
    ]);
  });

  it('the message says what Handlebars does inside blocks, where no stand-in is found', () => {
    const locals = request(flocktory({ siteId: 9, mode: 'strict' }));
    const render = (source: string) => () => Handlebars.create().compile(source)({ ...locals, items: [{ id: '1' }] });
    expect(render('{{{flocktoryLoader}}}')).toThrow(
      /fails with "Missing helper" for one given an argument and renders nothing for one without/,
    );
    expect(render('{{#each items}}{{{flocktoryItemView this}}}{{/each}}')).toThrow(/Missing helper: "flocktoryItemView"/);
    expect(render('{{#each items}}{{{flocktoryLoader}}}{{/each}}')()).toBe('');
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

describe('locals named like the stand-ins that the app set itself', () => {
  it("keeps the app's values, from res.locals and from app.locals, and fills only the free names", () => {
    const user = { email: 'ivan@example.com' };
    const res = {
      locals: { flocktoryUser: user, flocktoryLoader: null } as Record<string, unknown>,
      app: { locals: { flocktoryExchange: 'the shop’s own' }, settings: { 'view engine': 'hbs' } },
    };
    flocktory({ siteId: 9, mode: 'strict' })({}, res, () => {});
    expect(res.locals.flocktoryUser).toBe(user);
    expect(res.locals.flocktoryLoader).toBeNull();
    expect(res.locals).not.toHaveProperty('flocktoryExchange');
    expect(typeof res.locals.flocktoryPostcheckout).toBe('function');
  });

  it('a name the app sets only sometimes: the stand-in found there the rest of the time renders no user marker', () => {
    const errors: unknown[] = [];
    const res = { locals: {} as Record<string, unknown> };
    flocktory({ siteId: 9, mode: 'strict', onError: (error) => errors.push(error) })({}, res, () => {});
    const locals = res.locals as Record<string, unknown> & { flocktory: FlocktoryLocals };
    expect(typeof locals.flocktoryUser).toBe('function');
    expect(locals.flocktory.user(locals.flocktoryUser as never)).toBe('');
    expect(() => locals.flocktory.user((() => ({ email: 'ivan@example.com' })) as never)).toThrow(/user: not plain data/);
    expect(errors).toEqual([]);
  });

  it('a real Express app whose middleware sets flocktoryUser before ours renders that user marker', async () => {
    const { default: express } = await import('express');
    const { default: ejs } = await import('ejs');
    const app = express();
    app.set('views', fileURLToPath(new URL('./views', import.meta.url)));
    app.engine('ejs', ejs.renderFile);
    app.use((_req, res, next) => {
      res.locals.flocktoryUser = { email: 'ivan@example.com', name: 'Ivan' };
      next();
    });
    app.use(flocktory({ siteId: 9, mode: 'strict' }));
    app.get('/', (_req, res) => res.render('user-marker.ejs'));
    await withServer(app, async (url) => {
      const response = await fetch(`${url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<div class="i-flocktory" data-fl-user-name="Ivan" data-fl-user-email="ivan@example.com"></div>');
    });
  });
});

describe('stand-ins only where the app can render Handlebars', () => {
  const noop = () => {};
  const standInsFor = (app: Record<string, unknown> | undefined) => {
    const res = { locals: {} as Record<string, unknown>, ...(app && { app: { locals: {}, ...app } }) };
    flocktory({ siteId: 9, mode: 'strict' })({}, res, () => {});
    return Object.keys(res.locals).filter((name) => name !== 'flocktory');
  };

  it.each([
    ['no app (unknown)', undefined],
    ["view engine 'hbs'", { settings: { 'view engine': 'hbs' }, engines: {} }],
    ["view engine '.Handlebars'", { settings: { 'view engine': '.Handlebars' } }],
    ["an engine '.hbs' beside EJS", { settings: { 'view engine': 'ejs' }, engines: { '.ejs': noop, '.hbs': noop } }],
    ["an engine '.HANDLEBARS'", { settings: {}, engines: { '.HANDLEBARS': noop } }],
  ])('%s: the stand-ins are set', (_name, app) => {
    expect(standInsFor(app)).toHaveLength(7);
  });

  it.each([
    ['EJS', { settings: { 'view engine': 'ejs' }, engines: { '.ejs': noop } }],
    ['Pug, no engine registered yet', { settings: { 'view engine': 'pug' }, engines: {} }],
    ['no engine at all', { settings: {}, engines: {} }],
    ['an engine named like it, but not it', { settings: { 'view engine': 'hbs-ish' }, engines: { '.xhbs': noop } }],
  ])('%s: none', (_name, app) => {
    expect(standInsFor(app)).toEqual([]);
  });

  it('an EJS app that sets flocktoryUser only while signed in: guests get no user, the anonymous banner, no greeting', async () => {
    const { default: express } = await import('express');
    const app = express();
    app.set('views', fileURLToPath(new URL('./views', import.meta.url)));
    app.set('view engine', 'ejs');
    app.use(flocktory({ siteId: 9, mode: 'strict' }));
    app.use((req, res, next) => {
      if (req.query.signed) res.locals.flocktoryUser = { name: 'Ann', email: 'ann@example.com' };
      next();
    });
    app.get('/', (_req, res) => res.render('signed-in-only'));
    await withServer(app, async (url) => {
      const guest = await fetch(`${url}/`);
      expect(guest.status).toBe(200);
      expect(await guest.text()).toBe(
        '<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="ty" data-fl-user-email="xname@flocktory.com"></div>',
      );
      const signedIn = await fetch(`${url}/?signed=1`);
      expect(await signedIn.text()).toBe(
        '<div class="i-flocktory" data-fl-user-name="Ann" data-fl-user-email="ann@example.com"></div>' +
          '<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="ty" data-fl-user-name="Ann" data-fl-user-email="ann@example.com"></div>' +
          'Hello, Ann',
      );
    });
  });

  it('exchange({ user: standIn }) is the anonymous banner, as user(standIn) renders nothing (strict: no throw)', () => {
    const errors: unknown[] = [];
    const locals = request(flocktory({ siteId: 9, mode: 'strict', onError: (error) => errors.push(error) }));
    expect(typeof locals.flocktoryUser).toBe('function');
    expect(locals.flocktory.exchange({ user: locals.flocktoryUser as never, spot: 'ty' })).toBe(
      '<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="ty" data-fl-user-email="xname@flocktory.com"></div>',
    );
    expect(() => locals.flocktory.exchange({ user: (() => ({})) as never })).toThrow(/user: not plain data/);
    expect(errors).toEqual([]);
  });
});

describe('a nonce(req, res) option that throws (the CSP middleware did not run on this route)', () => {
  const nonce = (_req: unknown, res: { locals: Record<string, any> }): string => res.locals.csp.nonce;
  const scripts = (locals: FlocktoryLocals) => [
    locals.loader(),
    locals.postcheckout(docsExample),
    locals.updateCart([{ id: 'a', price: 1, count: 1 }]),
  ];

  it('safe: every script renders without a nonce, and each call reports it on one line', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { flocktory: locals } = request(flocktory({ siteId: 9, mode: 'safe', nonce }));
    const html = scripts(locals);
    expect(html.map((script) => scriptsOf(script, 'document').map((element) => element.attributes.nonce))).toEqual([
      [undefined],
      [undefined],
      [undefined],
    ]);
    expect(log).toHaveBeenCalledTimes(3);
    expect(log.mock.calls[0]).toEqual([
      expect.stringMatching(/^Invalid Flocktory data: nonce: could not be read: the nonce option threw: TypeError: [^\n]*without a nonce$/),
    ]);
  });

  it('safe: onError gets a non-fatal unreadable issue at nonce; markers never read the nonce', () => {
    const errors: FlocktoryValidationError[] = [];
    const { flocktory: locals } = request(flocktory({ siteId: 9, mode: 'safe', nonce, onError: (error) => errors.push(error) }));
    expect(locals.loader()).toBe('<script async src="https://api.flocktory.com/v2/loader.js?site_id=9"></script>');
    expect(locals.user({ email: 'ivan@example.com' })).toContain('data-fl-user-email');
    expect(errors.map((error) => error.issues)).toEqual([[expect.objectContaining({ path: 'nonce', code: 'unreadable', fatal: false })]]);
  });

  it('strict (or a per-call strict mode): the option’s own error is thrown', () => {
    const { flocktory: locals } = request(flocktory({ siteId: 9, mode: 'strict', nonce }));
    for (const render of [() => locals.loader(), () => locals.postcheckout(docsExample), () => locals.updateCart([])]) {
      expect(render).toThrow(TypeError);
    }
    const { flocktory: safe } = request(flocktory({ siteId: 9, mode: 'safe', nonce, onError: () => {} }));
    expect(() => safe.loader({ mode: 'strict' })).toThrow(TypeError);
  });
});
