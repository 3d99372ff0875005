/**
 * The thank-you page's full server render per framework, with and without our components, in
 * production servers started the way each framework's docs say (`node server.js`-style for Express,
 * `next start`, `node .output/server/index.mjs`), on Node 24 when scripts/setup.sh installed it
 * (servers.js): the same process renders the same order both ways, picked per request by the header
 * `x-flocktory-bench: without` (express-server.js and the app copies of app-copies.js). The bench
 * requests the page over HTTP on 127.0.0.1 (keep-alive), one request at a time, in three buckets,
 * shuffled: with us, without us, and with us again as an A/A control. A request's cost is the
 * server's CPU time from its start to the next request's start (cpu-probe.cjs): routing, HTTP,
 * rendering and GC included, load from other processes excluded.
 * Each row starts its server PROCESSES times; each process is warmed up, then measured. A
 * process's share is (with − without) / with over its requests' interquartile mean costs (process-spread.js);
 * the row's share is the mean over the processes, with a 95% interval from their spread. The control's
 * "share" (with − control) / with, the same way, is the noise floor: its interval should hold 0.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { BENCH_HEADER, preparedCopy } from './app-copies.js';
import { acrossProcesses, mean, interquartileMean } from './process-spread.js';
import { seeded } from './seeded.js';
import { freePort, ourReports, serverBuckets, startServer, stopServer } from './servers.js';

// Server processes per row: five give an interval of about ±1.2 standard deviations of one process's share.
const PROCESSES = Number(process.env.FLOCKTORY_BENCH_PAGE_PROCESSES ?? 5);
// Warm-up per process: about this much server CPU, within these request counts (V8 optimizes the
// page's code in the first thousand requests, when they cost up to 2× more; a 16-40 ms Next.js
// shop-weight request runs its code so often that 300 suffice).
const WARMUP_US = 12_000_000;
const WARMUP_REQUESTS = [300, 3000];
// Measured per process: about this much server CPU over the three buckets, and at least 400 requests
// per bucket (a 20 ms Next.js page would otherwise get ~170, which leave its share ±2% in one process).
const PROCESS_US = 10_000_000;
const MIN_REQUESTS = 400;
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
export async function nuxtServer(log, path = '/thank-you/DEMO-1001') {
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

/** `rotate`, then each bucket's requests' CPU µs (see cpu-probe.cjs). */
async function costsOf(server, count, random, off, variant) {
  await rotate(server.url, count, random, off, variant);
  return serverBuckets(server);
}

/** One server process: its page with and without us, warmed up, then measured; each bucket's interquartile and plain mean cost. */
async function measureProcess(framework, log, off, seed) {
  const server = await startServer(await framework.start(log));
  try {
    const { variant, mark = OUR_MARK } = framework;
    const [withPage, withoutPage] = [await request(server.url, 'with', off, variant), await request(server.url, 'without', off)];
    if (!mark.test(withPage) || (!off && mark.test(withoutPage))) {
      throw new Error(`${framework.name}: the page with our components must carry our scripts, the other none`);
    }
    // The first requests (the process's coldest) count for nothing.
    await serverBuckets(server);
    const random = seeded(seed);
    const first = mean((await costsOf(server, 10, random, off, variant)).with);
    const [fewest, most] = WARMUP_REQUESTS;
    const warmup = Math.min(most, Math.max(fewest, WARMUP_US / first)) / BUCKETS.length;
    const warm = mean((await costsOf(server, Math.round(warmup), random, off, variant)).with);
    const count = Math.max(MIN_REQUESTS, Math.round(PROCESS_US / BUCKETS.length / warm));
    const costs = await costsOf(server, count, random, off, variant);
    // A report on every request would be an error path measured in place of the page (as pages:ab's was once).
    const reports = ourReports(server);
    if (reports.length > 0)
      throw new Error(
        `${framework.name}: the server reported problems, so its page is not the one meant:\n${reports.slice(0, 5).join('\n')}`,
      );
    const per = (estimate) => Object.fromEntries(BUCKETS.map((bucket) => [bucket, estimate(costs[bucket])]));
    return { withPage, withoutPage, count, middle: per(interquartileMean), mean: per(mean) };
  } finally {
    stopServer(server);
  }
}

async function measureFramework(framework, log, off) {
  const processes = [];
  for (let index = 0; index < PROCESSES; index++) processes.push(await measureProcess(framework, log, off, index + 1));
  const { withPage, withoutPage } = processes[0];
  // Each process's share and control by its interquartile means (the verdict's), and by its plain means.
  const shares = (estimate) => processes.map(({ [estimate]: cost }) => (cost.with - cost.without) / cost.with);
  const controls = (estimate) => processes.map(({ [estimate]: cost }) => (cost.with - cost.control) / cost.with);
  const perProcess = shares('middle');
  const share = acrossProcesses(perProcess);
  const control = acrossProcesses(controls('middle'));
  const everyRequest = acrossProcesses(shares('mean'));
  const result = {
    ...(framework.reference ? { reference: true } : {}),
    processes: processes.length,
    requests: processes.reduce((sum, each) => sum + each.count, 0),
    withUs: mean(processes.map((each) => each.middle.with)),
    withoutUs: mean(processes.map((each) => each.middle.without)),
    share: share.mean,
    shareInterval: share.interval,
    shares: perProcess,
    control: control.mean,
    controlInterval: control.interval,
    // By plain means: a rare expensive request (a full GC) counts as much as it costs, and as much as it varies.
    shareOfMeans: everyRequest.mean,
    shareOfMeansInterval: everyRequest.interval,
    bytes: withPage.length - withoutPage.length,
    // The page's weight (with us): what a browser downloads, raw and gzip-compressed.
    page: { raw: Buffer.byteLength(withPage), gzip: gzipSync(withPage).length },
  };
  const percent = (value) => `${(value * 100).toFixed(2)}%`;
  const interval = ([low, high]) => `${percent(low)} to ${percent(high)}`;
  log(
    `${framework.name} (page ${result.page.raw} B, ${result.page.gzip} B gzip): ${result.withUs.toFixed(0)} µs with us, ${result.withoutUs.toFixed(0)} µs without, our share ${percent(result.share)} (95% interval ${interval(result.shareInterval)}; processes ${result.shares.map(percent).join(', ')}), A/A control ${percent(result.control)} (${interval(result.controlInterval)}); by plain means ${percent(result.shareOfMeans)} (${interval(result.shareOfMeansInterval)})`,
  );
  return result;
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
