/**
 * The express-shop app with one order, served on 127.0.0.1 for the page benchmark (started by
 * servers.js with an IPC channel). One process serves the page both ways, from two instances of the
 * app that share the order store: as the shop has it, and, for requests with the header
 * `x-flocktory-bench: without`, without our middleware, its views given helpers that render nothing
 * (a space for the postcheckout, which keeps the view's "not sent" notice hidden). The two pages
 * differ by what we render only (the loader, the postcheckout and the Exchange marker).
 */
import { createServer } from 'node:http';

import { BENCH_HEADER } from './app-copies.js';
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

const demo = expressDemo();
const withUs = demo.app();
const withoutUs = demo.app({ flocktoryStandIn: NOTHING });
const server = createServer((request, response) => (request.headers[BENCH_HEADER] === 'without' ? withoutUs : withUs)(request, response));
server.listen(0, '127.0.0.1', () => {
  process.send({ ready: `http://127.0.0.1:${server.address().port}${demo.path}` });
});
