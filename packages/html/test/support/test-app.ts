import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import ejs from 'ejs';
import express from 'express';
import Handlebars from 'handlebars';
import pug from 'pug';
import { flocktory, registerHandlebarsHelpers } from '../../src/express';
import type { PostcheckoutInput } from '../../src/index';

const views = fileURLToPath(new URL('../views', import.meta.url));

/** A minimal Express view engine for plain `handlebars`: Express passes app + res locals + render locals. */
function handlebarsEngine(handlebars: typeof Handlebars) {
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  return (file: string, locals: object, done: (error: unknown, html?: string) => void): void => {
    try {
      let template = cache.get(file);
      if (!template) cache.set(file, (template = handlebars.compile(readFileSync(file, 'utf8'))));
      done(null, template(locals));
    } catch (error) {
      done(error);
    }
  };
}

export interface TestServer {
  url: string;
  errors: unknown[];
  close(): Promise<void>;
}

/**
 * A real Express app on 127.0.0.1 with EJS, Pug and Handlebars views. Each request gets a fresh
 * nonce in `res.locals.cspNonce` (echoed in a header so tests can compare), and GET /:engine renders
 * `purchases[name]` with that engine.
 */
export async function startTestServer(purchases: Record<string, unknown>, siteId = '4242'): Promise<TestServer> {
  const handlebars = Handlebars.create();
  registerHandlebarsHelpers(handlebars);
  const errors: unknown[] = [];

  const app = express();
  app.set('views', views);
  // Registered explicitly rather than found by Express's require(), which depends on hoisting.
  app.engine('ejs', ejs.renderFile);
  app.engine('pug', pug.renderFile);
  app.engine('hbs', handlebarsEngine(handlebars));
  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    res.set('x-test-nonce', res.locals.cspNonce as string);
    next();
  });
  app.use(flocktory({ siteId, loaderSrc: '/loader.js', mode: 'safe', onError: (error) => errors.push(error) }));
  app.get('/:engine/:purchase', (req, res) => {
    const purchase = purchases[req.params.purchase] as PostcheckoutInput | undefined;
    if (!purchase) return void res.sendStatus(404);
    res.render(`thank-you.${req.params.engine}`, { purchase });
  });
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    errors.push(error);
    res.status(500).type('text').send(String(error));
  });

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    errors,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
