/**
 * The Express helper (`@flocktory-ssr/html/express`) with real EJS, Pug and Handlebars views of
 * the thank-you page (`views/postcheckout.*`), over real HTTP and in process (src/express-app.ts).
 */
import { renderInProcess, renderOverHttp, startServer, stopServer, type Engine } from '../express-app';
import type { Adapter } from './types';

function expressAdapter(engine: Engine, label: string): Adapter {
  return {
    name: `Express + ${label}`,
    kind: 'document',
    setup: startServer,
    teardown: stopServer,
    render: (input, options) => renderOverHttp(engine, { view: 'postcheckout', locals: { purchase: input }, options }),
  };
}

export const expressEjs = expressAdapter('ejs', 'EJS');
export const expressPug = expressAdapter('pug', 'Pug');
export const expressHandlebars = expressAdapter('hbs', 'Handlebars');

/** For the 100 000-case property runs: no HTTP round trip (HTTP itself is covered by the adapters above). */
function inProcessAdapter(engine: Engine, label: string): Adapter {
  return {
    name: `Express middleware + ${label} view (in process)`,
    kind: 'document',
    render: (input, options) => renderInProcess(engine, { view: 'postcheckout', locals: { purchase: input }, options }),
  };
}

export const inProcessEjs = inProcessAdapter('ejs', 'EJS');
export const inProcessPug = inProcessAdapter('pug', 'Pug');
export const inProcessHandlebars = inProcessAdapter('hbs', 'Handlebars');
