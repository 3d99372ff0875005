/**
 * One process of `pages:ab` (express-ab.js): the Express shop-weight page served with two builds of
 * our Express middleware, A and B (bundles of the html package with its core), in the same process.
 * Requests alternate A, B, A…; each helper's first call in the page is timed, as in
 * express-breakdown.js. Prints one JSON line: `{ [helper]: [median A µs, median B µs] }`, `total`
 * being each request's helpers together. Arguments: A's bundle, B's bundle, `--b-first` to load B first.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import { expressDemo, requestInTurn } from './express-demo.js';

const WARMUP = 3000;
const MEASURED = 6000;
const HELPERS = ['loader', 'postcheckout', 'exchange'];
const VARIANTS = ['A', 'B'];

const [bundleA, bundleB] = process.argv.slice(2, 4);
// Which build V8 compiles first may matter (code placement): express-ab.js alternates it by process.
const order = process.argv.includes('--b-first') ? [bundleB, bundleA] : [bundleA, bundleB];
const loaded = new Map();
for (const file of order) loaded.set(file, await import(pathToFileURL(file).href));

const demo = expressDemo({ shopWeight: true });
const app = demo.app();
// A and B get the same options, so only their code differs; the app's own middleware (express-demo.js)
// still runs first on every request, for both alike, and its helpers are replaced below.
// A report on every request would time an error path in place of the page: collected, and fatal below.
const reports = [];
const options = { siteId: '42', loaderSrc: '/flocktory-stub/loader.js', mode: 'safe', onError: (error) => reports.push(error.message) };
const middleware = { A: loaded.get(bundleA).flocktory(options), B: loaded.get(bundleB).flocktory(options) };
const spent = Object.fromEntries(VARIANTS.map((variant) => [variant, Object.fromEntries([...HELPERS, 'total'].map((name) => [name, []]))]));
let measuring = false;
let requests = 0;

// Replaces the app's helpers with A's or B's, timed, just before the view renders.
const render = app.response.render;
app.response.render = function renderPaired(...args) {
  const variant = VARIANTS[requests++ % 2];
  middleware[variant](this.req, this, () => {});
  const helpers = this.locals.flocktory;
  const times = spent[variant];
  let total = 0;
  const timed = { ...helpers };
  for (const name of HELPERS) {
    const helper = helpers[name];
    timed[name] = (...input) => {
      const start = performance.now();
      const html = helper(...input);
      const took = performance.now() - start;
      total += took;
      if (measuring) times[name].push(took);
      return html;
    };
  }
  this.locals.flocktory = timed;
  const result = render.apply(this, args);
  if (measuring) times.total.push(total);
  return result;
};

await requestInTurn(app, demo.path, { warmup: WARMUP, measured: MEASURED, measure: () => (measuring = true) });
if (reports.length > 0) throw new Error(`our helpers reported ${reports.length} problems, first: ${reports[0]}`);
const median = (times) => [...times].sort((a, b) => a - b)[times.length >> 1] * 1000;
console.log(
  JSON.stringify(Object.fromEntries([...HELPERS, 'total'].map((name) => [name, VARIANTS.map((variant) => median(spent[variant][name]))]))),
);
