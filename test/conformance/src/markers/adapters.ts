/**
 * The ways a shop renders the markers and the cart script today: `@flocktory-ssr/html`'s render
 * functions, and the Express middleware with EJS, Pug and Handlebars views in a real Express app
 * on 127.0.0.1 (each render an HTTP request; the input stays in this process, keyed by a case id).
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
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { renderCategoryView, renderExchange, renderItemView, renderUpdateCart, renderUser } from '@flocktory-ssr/html';
import { flocktory, registerHandlebarsHelpers } from '@flocktory-ssr/html/express';

import type { Point, PointAdapter, PointRenderOptions } from './points';

export const htmlRender: PointAdapter = {
  name: '@flocktory-ssr/html render functions',
  kind: 'fragment',
  transport: 'string',
  render(point, input, options) {
    const renderers = { user: renderUser, categoryView: renderCategoryView, itemView: renderItemView, exchange: renderExchange, updateCart: renderUpdateCart };
    return (renderers[point] as (input: unknown, options: PointRenderOptions) => string)(input, options);
  },
};

interface PendingCase {
  point: Point;
  input: unknown;
  options: PointRenderOptions;
}

const views = fileURLToPath(new URL('../../views', import.meta.url));
const hbs = handlebars.create();
registerHandlebarsHelpers(hbs);
const handlebarsView = hbs.compile(readFileSync(`${views}/markers.hbs`, 'utf8'));
const pending = new Map<string, PendingCase>();
const currentCase = new AsyncLocalStorage<PendingCase>();
let server: Server | undefined;
let baseUrl = '';
let nextId = 0;
let users = 0;

function createApp() {
  const app = express();
  app.engine('ejs', ejs.renderFile as never);
  app.engine('pug', (pug as unknown as { __express: never }).__express);
  app.engine('hbs', (_path: string, data: object, done: (error: unknown, html?: string) => void) => {
    try {
      done(null, handlebarsView(data));
    } catch (error) {
      done(error);
    }
  });
  app.set('views', views);
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
        mode,
        onError: (error) => currentCase.getStore()?.options.onError?.(error),
        nonce: () => currentCase.getStore()?.options.nonce,
      }),
    );
    router.get('/:engine/:id', (req, res) => {
      const { point, input } = currentCase.getStore()!;
      res.render(`markers.${String(req.params.engine)}`, { point, input, is: { [point]: true } });
    });
    app.use(`/${mode}`, router);
  }
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json((error as { name?: string }).name === 'FlocktoryValidationError' ? { validation: (error as FlocktoryValidationError).issues } : { other: String(error) });
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

async function renderOverHttp(engine: string, point: Point, input: unknown, options: PointRenderOptions): Promise<string> {
  const id = String(nextId++);
  pending.set(id, { point, input, options });
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

function expressAdapter(engine: 'ejs' | 'pug' | 'hbs', label: string): PointAdapter {
  return {
    name: `Express + ${label}`,
    kind: 'document',
    transport: 'utf8',
    setup: start,
    teardown: stop,
    render: (point, input, options) => renderOverHttp(engine, point, input, options),
  };
}

export const pointAdapters: PointAdapter[] = [htmlRender, expressAdapter('ejs', 'EJS'), expressAdapter('pug', 'Pug'), expressAdapter('hbs', 'Handlebars')];
