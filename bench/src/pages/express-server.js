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
 * With `--shop-weight`, every app renders the same view in a real shop's chrome (express-demo.js).
 */
import { createServer } from 'node:http';

import { BENCH_HEADER } from './app-copies.js';
import { SnippetsByHand } from './express-by-hand.js';
import { expressDemo } from './express-demo.js';

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

const demo = expressDemo({ shopWeight: process.argv.includes('--shop-weight') });
const withUs = demo.app();
const withoutUs = demo.app({ flocktoryStandIn: NOTHING });
const someOfUs = demo.app();
// Our middleware ran; just before the view renders, the helpers the header names render nothing.
const render = someOfUs.response.render;
someOfUs.response.render = function renderWithout(...args) {
  for (const name of String(this.req.headers[BENCH_HEADER]).slice('without:'.length).split(',')) {
    if (name in NOTHING) this.locals.flocktory[name] = NOTHING[name];
  }
  return render.apply(this, args);
};

const byHand = demo.app({ flocktoryStandIn: NOTHING });
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
