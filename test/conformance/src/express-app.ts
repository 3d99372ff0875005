/**
 * The Express helper (`@flocktory-ssr/html/express`) with real EJS, Pug and Handlebars views (in
 * `views/`), shared by the postcheckout and the marker adapters.
 *
 * `renderOverHttp`: a real Express app listening on 127.0.0.1; each render is an HTTP request, and
 * the input stays in this process (keyed by a case id), so cyclic or class-instance inputs reach
 * the view as they are. Strict mode's error reaches Express's error handler and comes back as JSON
 * issues, rebuilt into a FlocktoryValidationError.
 *
 * `renderInProcess`: the same views and middleware without the HTTP round trip, for the property
 * runs: the middleware fills `res.locals` exactly as in a request, then the compiled view renders
 * with Express's merged locals.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import ejs from 'ejs';
import express, { type NextFunction, type Request, type Response } from 'express';
import handlebars from 'handlebars';
import pug from 'pug';
import { FlocktoryValidationError, type FlocktoryMode } from '@flocktory-ssr/core';
import { flocktory, registerHandlebarsHelpers } from '@flocktory-ssr/html/express';

export type Engine = 'ejs' | 'pug' | 'hbs';

export interface ViewOptions {
  mode: FlocktoryMode;
  nonce?: string | undefined;
  onError?: ((error: FlocktoryValidationError) => void) | undefined;
}

/** One render: `views/<view>.<engine>` with `locals` besides the middleware's `flocktory`. */
export interface ViewCase {
  view: string;
  locals: Record<string, unknown>;
  options: ViewOptions;
}

const SITE_ID = 42;
const LOADER_SRC = '/flocktory-stub/loader.js';
const views = fileURLToPath(new URL('../views', import.meta.url));
const hbs = handlebars.create();
registerHandlebarsHelpers(hbs);
const handlebarsViews = new Map<string, HandlebarsTemplateDelegate>();

/** What express-handlebars does: compile once, render with Express's merged locals as root data. */
function handlebarsView(path: string): HandlebarsTemplateDelegate {
  let view = handlebarsViews.get(path);
  if (!view) handlebarsViews.set(path, (view = hbs.compile(readFileSync(path, 'utf8'))));
  return view;
}

const pending = new Map<string, ViewCase>();
const currentCase = new AsyncLocalStorage<ViewCase>();
let server: Server | undefined;
let baseUrl = '';
let nextId = 0;
let users = 0;

function createApp() {
  const app = express();
  app.engine('ejs', ejs.renderFile as never);
  // Pug's Express engine; its types do not declare it.
  app.engine('pug', (pug as unknown as { __express: never }).__express);
  app.engine('hbs', (path: string, data: object, done: (error: unknown, html?: string) => void) => {
    try {
      done(null, handlebarsView(path)(data));
    } catch (error) {
      done(error);
    }
  });
  app.set('views', views);
  // As in production: templates are compiled once, not per request.
  app.set('view cache', true);
  app.use('/:mode/:engine/:id', (req: Request, _res: Response, next: NextFunction) => {
    const found = pending.get(String(req.params.id));
    if (!found) return next(new Error('unknown case'));
    currentCase.run(found, next);
  });
  for (const mode of ['strict', 'safe'] as const) {
    const router = express.Router({ mergeParams: true });
    router.use(
      flocktory({
        siteId: SITE_ID,
        loaderSrc: LOADER_SRC,
        mode,
        onError: (error) => currentCase.getStore()?.options.onError?.(error),
        nonce: () => currentCase.getStore()?.options.nonce,
      }),
    );
    router.get('/:engine/:id', (req, res) => {
      const { view, locals } = currentCase.getStore()!;
      res.render(`${view}.${String(req.params.engine)}`, locals);
    });
    app.use(`/${mode}`, router);
  }
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res
      .status(500)
      .json(
        error instanceof FlocktoryValidationError || (error as { name?: string }).name === 'FlocktoryValidationError'
          ? { validation: (error as FlocktoryValidationError).issues }
          : { other: String(error) },
      );
  });
  return app;
}

/** Starts the app on first use; every user calls stopServer once. */
export async function startServer(): Promise<void> {
  if (users++ > 0) return;
  server = createApp().listen(0, '127.0.0.1');
  await new Promise((resolve, reject) => server!.once('listening', resolve).once('error', reject));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function stopServer(): Promise<void> {
  if (--users > 0 || !server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
}

export async function renderOverHttp(engine: Engine, viewCase: ViewCase): Promise<string> {
  const id = String(nextId++);
  pending.set(id, viewCase);
  try {
    const response = await fetch(`${baseUrl}/${viewCase.options.mode}/${engine}/${id}`, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    if (response.status === 200) return body;
    const parsed = JSON.parse(body) as { validation?: FlocktoryValidationError['issues']; other?: string };
    if (parsed.validation) throw new FlocktoryValidationError(parsed.validation);
    throw new Error(`${engine}: HTTP ${response.status}: ${parsed.other ?? body}`);
  } finally {
    pending.delete(id);
  }
}

const compiled = new Map<string, (locals: Record<string, unknown>) => string>();

function compiledView(engine: Engine, view: string): (locals: Record<string, unknown>) => string {
  const path = `${views}/${view}.${engine}`;
  let render = compiled.get(path);
  if (!render) {
    render = engine === 'ejs' ? ejs.compile(readFileSync(path, 'utf8')) : engine === 'pug' ? pug.compileFile(path) : handlebarsView(path);
    compiled.set(path, render);
  }
  return render;
}

let inProcessOnError: ViewOptions['onError'];
const middlewares = {
  strict: flocktory({ siteId: SITE_ID, loaderSrc: LOADER_SRC, mode: 'strict', onError: (error) => inProcessOnError?.(error) }),
  safe: flocktory({ siteId: SITE_ID, loaderSrc: LOADER_SRC, mode: 'safe', onError: (error) => inProcessOnError?.(error) }),
};

export function renderInProcess(engine: Engine, { view, locals, options }: ViewCase): string {
  const res = { locals: { cspNonce: options.nonce } as Record<string, unknown> };
  middlewares[options.mode]({}, res, (error) => {
    if (error) throw error;
  });
  inProcessOnError = options.onError;
  try {
    return compiledView(engine, view)({ ...res.locals, ...locals });
  } finally {
    inProcessOnError = undefined;
  }
}
