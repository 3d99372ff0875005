/**
 * `pnpm --filter ./bench pages:breakdown`: where our share of the Express thank-you page goes. One
 * process serves the page (as express-server.js does, with us) and requests it over HTTP itself;
 * each of our helpers the view calls is timed in the page (its first call in the request, on the
 * caches the rest of the request left) and again right after (the same call, warm), then in a tight
 * loop as a microbenchmark would. Every other request renders the docs' snippets by hand instead
 * (express-by-hand.js), timed the same way, for comparison. Wall time of a quiet, otherwise idle
 * process, NODE_ENV=production; the median over the requests. `--shop-weight`: on the shop-weight
 * page (express-demo.js) instead of the demo page.
 */
import { performance } from 'node:perf_hooks';

import { SnippetsByHand } from './express-by-hand.js';
import { expressDemo, requestInTurn } from './express-demo.js';

const WARMUP = 3000;
const MEASURED = 6000;
const HELPERS = ['loader', 'user', 'postcheckout', 'exchange'];

const shopWeight = process.argv.includes('--shop-weight');
const demo = expressDemo({ shopWeight });
const app = demo.app();
const spent = Object.fromEntries(HELPERS.flatMap((name) => [`${name}`, `${name} again`, `${name} by hand`].map((key) => [key, []])));
const calls = [];
let measuring = false;
let requests = 0;

// Wraps the request's helpers (set by our middleware, or written by hand) just before the view renders.
const render = app.response.render;
app.response.render = function renderTimed(...args) {
  const byHand = requests++ % 2 === 1;
  const helpers = byHand ? new SnippetsByHand(this.locals.cspNonce) : this.locals.flocktory;
  const timed = {};
  for (const name of HELPERS) {
    const helper = helpers[name].bind(helpers);
    timed[name] = (...input) => {
      const start = performance.now();
      const html = helper(...input);
      const first = performance.now();
      if (byHand) {
        if (measuring) spent[`${name} by hand`].push(first - start);
        return html;
      }
      helper(...input);
      if (measuring) {
        spent[name].push(first - start);
        spent[`${name} again`].push(performance.now() - first);
        if (calls.length < HELPERS.length) calls.push(() => helper(...input));
      }
      return html;
    };
  }
  this.locals.flocktory = timed;
  return render.apply(this, args);
};

await requestInTurn(app, demo.path, { warmup: WARMUP, measured: MEASURED, measure: () => (measuring = true) });
const median = (times) => times.sort((a, b) => a - b)[times.length >> 1] * 1000;
const us = (value) => `${value.toFixed(2).padStart(6)} µs`;
const rows = HELPERS.map((name, index) => {
  const loop = calls[index];
  const start = performance.now();
  for (let i = 0; i < 100_000; i++) loop();
  const looped = ((performance.now() - start) / 100_000) * 1000;
  return `${name.padEnd(13)} in the page ${us(median(spent[name]))}, again ${us(median(spent[`${name} again`]))}, in a loop ${us(looped)}; by hand, in the page ${us(median(spent[`${name} by hand`]))}`;
});
console.log(
  `Express thank-you page${shopWeight ? ' (shop-weight)' : ''}, each helper's median per request (${MEASURED / 2} requests each after ${WARMUP}):\n${rows.join('\n')}`,
);
