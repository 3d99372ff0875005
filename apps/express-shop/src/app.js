import { fileURLToPath } from 'node:url';
import ejs from 'ejs';
import express from 'express';
import { flocktory } from '@flocktory-ssr/html/express';
import { LOADER_STUB_URL_PATH, loaderStubSource } from '@flocktory-ssr/loader-stub';
import { accountRoutes } from './account-routes.js';
import { brokenRoutes } from './broken-routes.js';
import { cartRoutes } from './cart-routes.js';
import { catalogRoutes } from './catalog-routes.js';
import { CORE_CLIENT_URL_PATH, coreClientFiles } from './client-modules.js';
import { readConfig } from './config.js';
import { cspNonce } from './csp.js';
import { OrderStore } from './orders.js';
import { shopRoutes } from './shop-routes.js';
import { visitor } from './visitor.js';

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * @typedef {object} AppOptions
 * @property {'stub' | 'real'} [loader]   default from FLOCKTORY_LOADER / FLOCKTORY_SITE_ID
 * @property {string} [siteId]
 * @property {'strict' | 'safe'} [mode]   default 'safe': a thank-you page never fails because of tracking
 * @property {(error: Error) => void} [onError]  default: a one-line warning per problem
 * @property {OrderStore} [orders]
 * @property {import('@flocktory-ssr/html/express').FlocktoryLocals} [flocktoryStandIn]  the page benchmark's page
 *   without us: views get these helpers in place of `flocktory()`'s, which is left out
 */

/** @param {Error & { issues?: readonly { path: string, message: string }[] }} error */
function warn(error) {
  for (const issue of error.issues ?? []) console.warn(`[flocktory] ${issue.path || '(root)'}: ${issue.message}`);
}

/** @param {AppOptions} [options] */
export function createApp(options = {}) {
  const config = readConfig();
  const loader = options.loader ?? config.loader;
  const siteId = options.siteId ?? config.siteId;
  const orders = options.orders ?? new OrderStore();

  const app = express();
  app.disable('x-powered-by');
  app.set('views', here('../views'));
  app.engine('ejs', ejs.renderFile);
  app.set('view engine', 'ejs');
  app.locals.loader = loader;

  app.use(cspNonce);
  if (options.flocktoryStandIn) {
    app.locals.flocktory = options.flocktoryStandIn;
  } else {
    app.use(
      flocktory({
        siteId,
        loaderSrc: loader === 'stub' ? LOADER_STUB_URL_PATH : undefined,
        mode: options.mode ?? 'safe',
        onError: options.onError ?? warn,
      }),
    );
  }
  app.use('/static', express.static(here('../public'), { maxAge: '1h' }));
  // The browser half of @flocktory-ssr/core (cart events), as the ES modules it ships.
  app.use(CORE_CLIENT_URL_PATH, coreClientFiles());
  if (loader === 'stub') {
    app.get(LOADER_STUB_URL_PATH, (_req, res) => void res.type('text/javascript').send(loaderStubSource));
  }
  // No icon; answer quietly so browsers' console stays free of 404s.
  app.get('/favicon.ico', (_req, res) => void res.status(204).end());
  app.use(visitor);
  app.use(shopRoutes(orders));
  app.use(catalogRoutes());
  app.use(cartRoutes());
  app.use(accountRoutes());
  app.use(brokenRoutes());
  app.use((_req, res) => void res.status(404).render('not-found'));
  return app;
}

/**
 * Starts the shop; port 0 picks a free port. Resolves once it listens.
 * @param {AppOptions & { port?: number, host?: string }} [options]
 */
export async function startServer(options = {}) {
  const config = readConfig();
  const { port = config.port, host = config.host, ...appOptions } = options;
  const app = createApp(appOptions);
  const server = app.listen(port, host);
  await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const close = () =>
    new Promise((resolve, reject) =>
      server.close((/** @type {Error | undefined} */ error) => (error ? reject(error) : resolve(undefined))),
    );
  return { app, server, url, close };
}
