/**
 * The express-shop app with one order, served on 127.0.0.1 for the page benchmark (started by
 * servers.js with an IPC channel). One process serves the page both ways, from instances of the
 * app that share the order store: as the shop has it, and, for requests with the header
 * `x-flocktory-bench: without`, without our middleware, its views given helpers that render nothing
 * (a space for the postcheckout, which keeps the view's "not sent" notice hidden). The two pages
 * differ by what we render only (the loader, the postcheckout and the Exchange marker).
 * `x-flocktory-bench: without:postcheckout,exchange` keeps our middleware and turns off only the
 * helpers named (`pnpm --filter ./bench pages express --off postcheckout`): what each costs.
 * `x-flocktory-bench: by-hand` renders the snippets as a shop writes them by hand today
 * (express-by-hand.js), for comparison.
 * With `--shop-weight`, every app renders the same view in a real shop's chrome (shop-chrome.js):
 * the view's partials/head and partials/foot are swapped, through EJS's includer, for
 * shop-views/head.ejs and foot.ejs, which render the mega-menu, account bar, order summary,
 * recommendations and footer; the app itself is unchanged.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

import { BENCH_HEADER } from './app-copies.js';
import { SnippetsByHand } from './express-by-hand.js';
import { expressDemo } from './express-demo.js';
import { shopChrome } from './shop-chrome.js';

const none = () => '';
const NOTHING = {
  loader: none,
  postcheckout: () => ' ',
  user: none,
  categoryView: none,
  itemView: none,
  exchange: none,
  updateCart: none,
};

const SHOP_VIEWS = { 'partials/head': 'head.ejs', 'partials/foot': 'foot.ejs' };
const chrome = process.argv.includes('--shop-weight') ? shopChrome() : undefined;

/** The demo app, in the shop's chrome when `--shop-weight` was given. */
function app(options) {
  const created = demo.app(options);
  if (chrome) {
    created.locals.shopChrome = chrome;
    // EJS reads `view options` from Express's settings; its includer picks each include's file.
    const includer = (path) =>
      path in SHOP_VIEWS ? { filename: fileURLToPath(new URL(`./shop-views/${SHOP_VIEWS[path]}`, import.meta.url)) } : undefined;
    created.set('view options', { includer });
  }
  return created;
}

const demo = expressDemo();
const withUs = app();
const withoutUs = app({ flocktoryStandIn: NOTHING });
const someOfUs = app();
// Our middleware ran; just before the view renders, the helpers the header names render nothing.
const render = someOfUs.response.render;
someOfUs.response.render = function renderWithout(...args) {
  for (const name of String(this.req.headers[BENCH_HEADER]).slice('without:'.length).split(',')) {
    if (name in NOTHING) this.locals.flocktory[name] = NOTHING[name];
  }
  return render.apply(this, args);
};

const byHand = app({ flocktoryStandIn: NOTHING });
const renderByHand = byHand.response.render;
byHand.response.render = function renderSnippetsByHand(...args) {
  this.locals.flocktory = new SnippetsByHand(this.locals.cspNonce);
  return renderByHand.apply(this, args);
};

const server = createServer((request, response) => {
  const variant = request.headers[BENCH_HEADER];
  const app = variant === undefined ? withUs : variant === 'without' ? withoutUs : variant === 'by-hand' ? byHand : someOfUs;
  app(request, response);
});
server.listen(0, '127.0.0.1', () => {
  process.send({ ready: `http://127.0.0.1:${server.address().port}${demo.path}` });
});
