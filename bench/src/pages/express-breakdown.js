/**
 * `pnpm --filter ./bench pages:breakdown`: where our share of the Express thank-you page goes. One
 * process serves the page (as express-server.js does, with us) and requests it over HTTP itself;
 * each of our helpers the view calls is timed in the page (its first call in the request, on the
 * caches the rest of the request left) and again right after (the same call, warm), then in a tight
 * loop as a microbenchmark would. Wall time of a quiet, otherwise idle process, NODE_ENV=production.
 */
import { performance } from 'node:perf_hooks';

import { expressDemo } from './express-demo.js';

const WARMUP = 3000;
const MEASURED = 3000;
const HELPERS = ['loader', 'user', 'postcheckout', 'exchange'];

const demo = expressDemo();
const app = demo.app();
const spent = Object.fromEntries(
  HELPERS.flatMap((name) => [
    [name, 0],
    [`${name} again`, 0],
  ]),
);
const calls = [];
let measuring = false;

// Wraps the request's helpers (set by our middleware) just before the view renders.
const render = app.response.render;
app.response.render = function renderTimed(...args) {
  const locals = this.locals.flocktory;
  for (const name of HELPERS) {
    const helper = locals[name];
    locals[name] = (...input) => {
      const start = performance.now();
      const html = helper(...input);
      const first = performance.now();
      helper(...input);
      if (measuring) {
        spent[name] += first - start;
        spent[`${name} again`] += performance.now() - first;
        if (calls.length < HELPERS.length) calls.push(() => helper(...input));
      }
      return html;
    };
  }
  return render.apply(this, args);
};

const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${server.address().port}${demo.path}`;
try {
  for (let i = 0; i < WARMUP; i++) await (await fetch(url)).text();
  measuring = true;
  for (let i = 0; i < MEASURED; i++) await (await fetch(url)).text();
} finally {
  server.close();
}
const rows = HELPERS.map((name, index) => {
  const loop = calls[index];
  const start = performance.now();
  for (let i = 0; i < 100_000; i++) loop();
  const looped = (performance.now() - start) / 100_000;
  return `${name.padEnd(13)} in the page ${((spent[name] / MEASURED) * 1000).toFixed(2).padStart(6)} µs, again ${((spent[`${name} again`] / MEASURED) * 1000).toFixed(2).padStart(5)} µs, in a loop ${(looped * 1000).toFixed(2).padStart(5)} µs`;
});
console.log(`Express thank-you page, our helpers per request (${MEASURED} requests after ${WARMUP}):\n${rows.join('\n')}`);
