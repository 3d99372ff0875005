/**
 * The thank-you page's full server render per framework, with and without our components, in one
 * production server per framework started the way its docs say (`node server.js`-style for
 * Express, `next start`, `node .output/server/index.mjs`): the same process renders the same order
 * both ways, picked per request by the header `x-flocktory-bench: without` (express-server.js and the
 * app copies of app-copies.js). The bench requests the page over HTTP on 127.0.0.1 (keep-alive), one
 * request at a time, in three buckets, shuffled: with us, without us, and with us again as an A/A
 * control. A request's cost is the server's CPU time from its start to the next request's start
 * (cpu-probe.cjs): routing, HTTP, rendering and GC included, load from other processes excluded (it
 * still slows every CPU it shares a core or cache with, hence per-request rotation and many rounds).
 * Our share is (with − without) / with over every request; the interquartile range of the same
 * ratio per round shows the spread. The control's "share" (with − control) / with is the noise floor.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { BENCH_HEADER, preparedCopy } from './app-copies.js';
import { seeded } from './seeded.js';
import { freePort, serverBuckets, startServer, stopServer } from './servers.js';

// Rounds; each holds about this much server CPU, its request count set from the warm-up (long
// enough for V8 to have optimized the page's code: the first thousand requests cost up to 2× more).
const ROUNDS = Number(process.env.FLOCKTORY_BENCH_PAGE_ROUNDS ?? 31);
const ROUND_US = 1_500_000;
// At least this many requests per bucket and round: a page of ~40 ms (Next.js, shop-weight) would
// otherwise get ~12, too few to average out its per-request spread (its A/A control read ±2.4%).
const MIN_ROUND_REQUESTS = 40;
const WARMUP_REQUESTS = 3000;
const BUCKETS = ['with', 'without', 'control'];
const EXPRESS_SERVER = fileURLToPath(new URL('./express-server.js', import.meta.url));
// Every script we render carries this attribute (postcheckout and loader).
const OUR_MARK = /<script[^>]*data-flocktory/;

// The shop-weight page: the same thank-you page in a real shop's chrome (shop-chrome.js), sized so
// the Express page weighs 18 KB gzip-compressed (the HTTP Archive's median desktop HTML). The same
// content weighs 19 KB in Nuxt and 44 KB in Next.js, whose flight data repeats every server
// component's output in the page.
const SHOP_WEIGHT = { express: '(18 KB gzip)', next: '(the same content: 44 KB gzip with its flight data)', nuxt: '(19 KB gzip)' };
// The copies' route for it (app-copies.js).
const SHOP_PAGE = '/thank-you-shop/DEMO-1001';

/** `next start` of the Next.js copy (app-copies.js); `path`: the page measured. */
async function nextServer(log, path = '/thank-you/DEMO-1001') {
  const cwd = preparedCopy('next', log);
  const port = await freePort();
  return {
    label: 'next',
    cwd,
    args: ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', FLOCKTORY_LOADER: 'stub' },
    url: `http://127.0.0.1:${port}${path}`,
  };
}

/** `node .output/server/index.mjs` of the Nuxt copy (app-copies.js); `path`: the page measured. */
async function nuxtServer(log, path = '/thank-you/DEMO-1001') {
  const cwd = preparedCopy('nuxt', log);
  const port = await freePort();
  return {
    label: 'nuxt',
    cwd,
    args: ['.output/server/index.mjs'],
    env: { PORT: String(port), HOST: '127.0.0.1', NITRO_PORT: String(port), NITRO_HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${port}${path}`,
  };
}

// Each row on the demo shop's page; `start(log, shopWeight)` starts its server for that page or,
// with `shopWeight`, for the shop-weight page (the rows below, made from these).
const DEMO_ROWS = [
  {
    key: 'express',
    page: 'express',
    name: 'Express + EJS',
    start: async (_log, shopWeight) => ({ label: 'express', args: shopWeight ? [EXPRESS_SERVER, '--shop-weight'] : [EXPRESS_SERVER] }),
  },
  {
    // Not us: the docs' snippets written by hand into the same view (express-by-hand.js), in place
    // of ours in the "with" and control buckets. What any serialization of the order costs here.
    key: 'express-by-hand',
    page: 'express',
    name: "Express + EJS, the docs' snippets by hand (unsafe; for comparison)",
    reference: true,
    variant: 'by-hand',
    mark: /<script nonce="[^"]*">window\.flocktory = /,
    start: async (_log, shopWeight) => ({ label: 'express', args: shopWeight ? [EXPRESS_SERVER, '--shop-weight'] : [EXPRESS_SERVER] }),
  },
  {
    key: 'next',
    page: 'next',
    name: 'Next.js App Router',
    start: (log, shopWeight) => nextServer(log, shopWeight ? SHOP_PAGE : undefined),
  },
  {
    // Not us: the docs' snippets written by hand as server components (next-by-hand.js), in place
    // of ours in the "with" and control buckets. No client part: nothing is pushed on client-side
    // navigation, and nothing makes up for a script a CSP blocked.
    key: 'next-by-hand',
    page: 'next',
    name: "Next.js App Router, the docs' snippets by hand (unsafe, server only; for comparison)",
    reference: true,
    variant: 'by-hand',
    mark: /<script nonce="[^"]*">window\.flocktory = /,
    start: (log, shopWeight) => nextServer(log, shopWeight ? SHOP_PAGE : undefined),
  },
  {
    key: 'nuxt',
    page: 'nuxt',
    name: 'Nuxt',
    start: (log, shopWeight) => nuxtServer(log, shopWeight ? SHOP_PAGE : undefined),
  },
  {
    // Not us: the docs' snippets written by hand into the page (nuxt-by-hand.js), in place of ours
    // in the "with" and control buckets; our module's plugins skip those requests.
    key: 'nuxt-by-hand',
    page: 'nuxt',
    name: "Nuxt, the docs' snippets by hand (unsafe, server only; for comparison)",
    reference: true,
    variant: 'by-hand',
    mark: />window\.flocktory = window\.flocktory \|\| \[\];/,
    start: (log, shopWeight) => nuxtServer(log, shopWeight ? SHOP_PAGE : undefined),
  },
];

/** The same row on the shop-weight page: `express-shop…`, named after its framework and weight. */
function shopWeightRow(row) {
  const comma = row.name.indexOf(', ');
  const framework = comma === -1 ? row.name : row.name.slice(0, comma);
  const rest = comma === -1 ? '' : row.name.slice(comma);
  return {
    ...row,
    key: row.key.replace(row.page, `${row.page}-shop`),
    name: `${framework}, shop-weight page ${SHOP_WEIGHT[row.page]}${rest}`,
    start: (log) => row.start(log, true),
  };
}

const FRAMEWORKS = [...DEMO_ROWS, ...DEMO_ROWS.map(shopWeightRow)];

/** The page's HTML; `bucket` names the request for cpu-probe.cjs, and "without" renders it without us. */
async function request(url, bucket, off, variant) {
  const headers = { 'x-bench-bucket': bucket };
  if (bucket === 'without') headers[BENCH_HEADER] = off ? `without:${off.join(',')}` : 'without';
  else if (variant) headers[BENCH_HEADER] = variant;
  const response = await fetch(url, { headers });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return html;
}

/**
 * `count` requests per bucket, each three in a shuffled order (seeded, so runs repeat): on average
 * every bucket is as often first, second and third, and follows each other bucket as often, so work
 * one request leaves behind for the next one (a GC, a stream's tail) falls on every bucket alike.
 */
async function rotate(url, count, random, off, variant) {
  for (let i = 0; i < count; i++) {
    const order = [...BUCKETS];
    for (let at = order.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1));
      [order[at], order[other]] = [order[other], order[at]];
    }
    for (const bucket of order) await request(url, bucket, off, variant);
  }
}

const perRequest = (bucket) => bucket.cpu / bucket.requests;

async function measureFramework(framework, log, off) {
  const server = await startServer(await framework.start(log));
  try {
    const { variant, mark = OUR_MARK } = framework;
    const [withPage, withoutPage] = [await request(server.url, 'with', off, variant), await request(server.url, 'without', off)];
    if (!mark.test(withPage) || (!off && mark.test(withoutPage))) {
      throw new Error(`${framework.name}: the page with our components must carry our scripts, the other none`);
    }
    const random = seeded(1);
    await rotate(server.url, WARMUP_REQUESTS / BUCKETS.length, random, off, variant);
    const warm = await serverBuckets(server);
    const count = Math.max(MIN_ROUND_REQUESTS, Math.round(ROUND_US / BUCKETS.length / perRequest(warm.with)));
    const rounds = [];
    const totals = Object.fromEntries(BUCKETS.map((bucket) => [bucket, { cpu: 0, requests: 0 }]));
    for (let round = 0; round < ROUNDS; round++) {
      await rotate(server.url, count, random, off, variant);
      const costs = await serverBuckets(server);
      for (const bucket of BUCKETS) {
        totals[bucket].cpu += costs[bucket].cpu;
        totals[bucket].requests += costs[bucket].requests;
      }
      const [withCost, withoutCost, controlCost] = BUCKETS.map((bucket) => perRequest(costs[bucket]));
      rounds.push({ share: (withCost - withoutCost) / withCost, control: (withCost - controlCost) / withCost });
    }
    const sorted = (key) => rounds.map((round) => round[key]).sort((a, b) => a - b);
    const quartiles = (values) => [values[Math.floor(values.length / 4)], values[Math.floor((3 * values.length) / 4)]];
    const [withUs, withoutUs, control] = BUCKETS.map((bucket) => perRequest(totals[bucket]));
    const result = {
      ...(framework.reference ? { reference: true } : {}),
      requests: totals.with.requests,
      withUs,
      withoutUs,
      // Over every request of the rounds: a rare expensive request (a full GC) counts as much as it costs.
      share: (withUs - withoutUs) / withUs,
      shareQuartiles: quartiles(sorted('share')),
      control: (withUs - control) / withUs,
      controlQuartiles: quartiles(sorted('control')),
      bytes: withPage.length - withoutPage.length,
      // The page's weight (with us): what a browser downloads, raw and gzip-compressed.
      page: { raw: Buffer.byteLength(withPage), gzip: gzipSync(withPage).length },
    };
    log(
      `${framework.name} (page ${result.page.raw} B, ${result.page.gzip} B gzip): ${result.withUs.toFixed(0)} µs with us, ${result.withoutUs.toFixed(0)} µs without, our share ${(result.share * 100).toFixed(2)}% (quartiles ${result.shareQuartiles.map((q) => (q * 100).toFixed(2)).join('% to ')}%), A/A control ${(result.control * 100).toFixed(2)}% (quartiles ${result.controlQuartiles.map((q) => (q * 100).toFixed(2)).join('% to ')}%)`,
    );
    return result;
  } finally {
    stopServer(server);
  }
}

/**
 * `{ [framework name]: result or { skip } }`; a framework that cannot be built or started is skipped
 * with the reason. `only`: the keys to measure (express, express-by-hand, next, next-by-hand, nuxt, nuxt-by-hand,
 * and the same with -shop for the shop-weight page: express-shop, express-shop-by-hand…), default all. `off`: the
 * components (by export name) the "without" bucket leaves out, default all of ours (app-copies.js).
 */
export async function measurePages(log, only = FRAMEWORKS.map((framework) => framework.key), off = undefined) {
  const results = {};
  for (const framework of FRAMEWORKS.filter((each) => only.includes(each.key))) {
    try {
      results[framework.name] = await measureFramework(framework, log, off);
    } catch (error) {
      log(`${framework.name}: SKIPPED, ${error.message.split('\n')[0]}`);
      results[framework.name] = { skip: error.message.split('\n')[0] };
    }
  }
  return results;
}
