/**
 * The Express helper (`@flocktory-ssr/html/express`) with real EJS, Pug and Handlebars views, in a
 * real Express app listening on 127.0.0.1. Each render is an HTTP request; the order itself stays
 * in this process (keyed by a case id), so cyclic or class-instance inputs reach the view as they are.
 * Strict mode's error reaches Express's error handler and comes back as JSON issues.
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
import { FlocktoryValidationError, type PostcheckoutInput } from '@flocktory-ssr/core';
import { flocktory, registerHandlebarsHelpers } from '@flocktory-ssr/html/express';

import type { Adapter, RenderOptions } from './types';

interface PendingCase {
  input: PostcheckoutInput;
  options: RenderOptions;
}

const views = fileURLToPath(new URL('../../views', import.meta.url));
const hbs = handlebars.create();
registerHandlebarsHelpers(hbs);
const handlebarsView = hbs.compile(readFileSync(`${views}/postcheckout.hbs`, 'utf8'));
const pending = new Map<string, PendingCase>();
const currentCase = new AsyncLocalStorage<PendingCase>();
let server: Server | undefined;
let baseUrl = '';
let nextId = 0;
let users = 0;

function createApp() {
  const app = express();
  app.engine('ejs', ejs.renderFile as never);
  // Pug's Express engine; its types do not declare it.
  app.engine('pug', (pug as unknown as { __express: never }).__express);
  // What express-handlebars does: compile once, render with Express's merged locals as root data.
  app.engine('hbs', (path: string, data: object, done: (error: unknown, html?: string) => void) => {
    try {
      done(null, handlebarsView(data));
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
        siteId: 42,
        loaderSrc: '/flocktory-stub/loader.js',
        mode,
        onError: (error) => currentCase.getStore()?.options.onError?.(error),
        nonce: () => currentCase.getStore()?.options.nonce,
      }),
    );
    router.get('/:engine/:id', (req, res) => res.render(`postcheckout.${String(req.params.engine)}`, { purchase: currentCase.getStore()!.input }));
    app.use(`/${mode}`, router);
  }
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json(error instanceof FlocktoryValidationError || (error as { name?: string }).name === 'FlocktoryValidationError'
      ? { validation: (error as FlocktoryValidationError).issues }
      : { other: String(error) });
  });
  return app;
}

async function start(): Promise<void> {
  if (users++ > 0) return;
  server = createApp().listen(0, '127.0.0.1');
  await new Promise((resolve, reject) => server!.once('listening', resolve).once('error', reject));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stop(): Promise<void> {
  if (--users > 0 || !server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
}

async function render(engine: string, input: PostcheckoutInput, options: RenderOptions): Promise<string> {
  const id = String(nextId++);
  pending.set(id, { input, options });
  try {
    const response = await fetch(`${baseUrl}/${options.mode}/${engine}/${id}`, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    if (response.status === 200) return body;
    const parsed = JSON.parse(body) as { validation?: FlocktoryValidationError['issues']; other?: string };
    if (parsed.validation) throw new FlocktoryValidationError(parsed.validation);
    throw new Error(`${engine}: HTTP ${response.status}: ${parsed.other ?? body}`);
  } finally {
    pending.delete(id);
  }
}

function expressAdapter(engine: 'ejs' | 'pug' | 'hbs', label: string): Adapter {
  return {
    name: `Express + ${label}`,
    kind: 'document',
    setup: start,
    teardown: stop,
    render: (input, options) => render(engine, input, options),
  };
}

export const expressEjs = expressAdapter('ejs', 'EJS');
export const expressPug = expressAdapter('pug', 'Pug');
export const expressHandlebars = expressAdapter('hbs', 'Handlebars');

/**
 * The same views and the same middleware without the HTTP round trip, for the 100 000-case
 * property runs: the middleware fills `res.locals` exactly as in a request, then the compiled
 * view renders with Express's merged locals. (The HTTP path is covered by the adapters above.)
 */
const compiled = {
  ejs: ejs.compile(readFileSync(`${views}/postcheckout.ejs`, 'utf8')),
  pug: pug.compileFile(`${views}/postcheckout.pug`),
  hbs: handlebarsView,
};
let inProcessOnError: RenderOptions['onError'];
const middlewares = {
  strict: flocktory({ siteId: 42, mode: 'strict', onError: (error) => inProcessOnError?.(error) }),
  safe: flocktory({ siteId: 42, mode: 'safe', onError: (error) => inProcessOnError?.(error) }),
};

function renderInProcess(engine: keyof typeof compiled, input: PostcheckoutInput, options: RenderOptions): string {
  const res = { locals: { cspNonce: options.nonce } as Record<string, unknown> };
  middlewares[options.mode]({}, res, (error) => {
    if (error) throw error;
  });
  inProcessOnError = options.onError;
  try {
    return compiled[engine]({ ...res.locals, purchase: input });
  } finally {
    inProcessOnError = undefined;
  }
}

function inProcessAdapter(engine: keyof typeof compiled, label: string): Adapter {
  return {
    name: `Express middleware + ${label} view (in process)`,
    kind: 'document',
    render: (input, options) => renderInProcess(engine, input, options),
  };
}

export const inProcessEjs = inProcessAdapter('ejs', 'EJS');
export const inProcessPug = inProcessAdapter('pug', 'Pug');
export const inProcessHandlebars = inProcessAdapter('hbs', 'Handlebars');
