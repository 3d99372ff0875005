/**
 * The thank-you page's full server render per framework, with and without our components: both
 * variants run side by side as production servers started the way their framework's docs say
 * (`node server.js`-style for Express, `next start`, `node .output/server/index.mjs`), requested
 * one after the other over HTTP on 127.0.0.1 (keep-alive), in short batches that alternate between
 * the two. A request's cost is the server process's CPU time per request (cpu-probe.cjs), routing,
 * HTTP and GC included, so load from other processes on the machine does not count (it still slows
 * every CPU it shares a core with, hence many rounds of batches and medians). Our share is, per round,
 * (with − without) / with; the table gives its median and interquartile range. A second server with
 * our components runs in the same rounds as a control: its "share" against the first (an A/A test)
 * is the noise floor, what two processes of the same page differ by.
 */
import { fileURLToPath } from 'node:url';

import { median } from '../measure.js';
import { preparedCopy } from './app-copies.js';
import { freePort, serverCpu, startServer, stopServer } from './servers.js';

// Rounds of batches (with us, the control, without; each round starts with the next one); each
// batch is about this much server CPU, its request count set from a calibration run.
const ROUNDS = Number(process.env.FLOCKTORY_BENCH_PAGE_ROUNDS ?? 31);
const BATCH_US = 60_000;
const WARMUP_REQUESTS = 200;
const EXPRESS_SERVER = fileURLToPath(new URL('./express-server.js', import.meta.url));
// Every script we render carries this attribute (postcheckout and loader).
const OUR_MARK = /<script[^>]*data-flocktory/;

const FRAMEWORKS = [
  {
    name: 'Express + EJS',
    start: async (variant) => ({ label: `express (${variant})`, args: [EXPRESS_SERVER, variant] }),
  },
  {
    name: 'Next.js App Router',
    start: async (variant, log) => {
      const cwd = preparedCopy('next', variant, log);
      const port = await freePort();
      return {
        label: `next (${variant})`,
        cwd,
        args: ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
        env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', FLOCKTORY_LOADER: 'stub' },
        url: `http://127.0.0.1:${port}/thank-you/DEMO-1001`,
      };
    },
  },
  {
    name: 'Nuxt',
    start: async (variant, log) => {
      const cwd = preparedCopy('nuxt', variant, log);
      const port = await freePort();
      return {
        label: `nuxt (${variant})`,
        cwd,
        args: ['.output/server/index.mjs'],
        env: { PORT: String(port), HOST: '127.0.0.1', NITRO_PORT: String(port), NITRO_HOST: '127.0.0.1' },
        url: `http://127.0.0.1:${port}/thank-you/DEMO-1001`,
      };
    },
  },
];

async function request(url) {
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return html;
}

/** Server CPU µs per request over `count` requests. */
async function cpuPerRequest(server, count) {
  const before = await serverCpu(server);
  for (let i = 0; i < count; i++) await request(server.url);
  return ((await serverCpu(server)) - before) / count;
}

async function measureFramework(framework, log) {
  const servers = [];
  try {
    // One after the other: two builds or starts at once would only compete for the cores.
    for (const variant of ['with', 'with', 'without']) servers.push(await startServer(await framework.start(variant, log)));
    const [withUs, control, withoutUs] = servers;
    const pages = await Promise.all(servers.map((server) => request(server.url)));
    if (!OUR_MARK.test(pages[0]) || OUR_MARK.test(pages[2])) {
      throw new Error(`${framework.name}: the page with our components must carry our scripts, the other none`);
    }
    for (const server of servers) await cpuPerRequest(server, WARMUP_REQUESTS);
    const count = Math.max(2, Math.round(BATCH_US / (await cpuPerRequest(withUs, 20))));
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const costs = new Map();
      for (let i = 0; i < servers.length; i++) {
        const server = servers[(round + i) % servers.length];
        costs.set(server, await cpuPerRequest(server, count));
      }
      const withCost = costs.get(withUs);
      rounds.push({
        withCost,
        withoutCost: costs.get(withoutUs),
        share: (withCost - costs.get(withoutUs)) / withCost,
        control: (withCost - costs.get(control)) / withCost,
      });
    }
    const sorted = (key) => rounds.map((round) => round[key]).sort((a, b) => a - b);
    const quartiles = (values) => [values[Math.floor(values.length / 4)], values[Math.floor((3 * values.length) / 4)]];
    const shares = sorted('share');
    const controls = sorted('control');
    const result = {
      requests: count * ROUNDS,
      withUs: median(rounds.map((round) => round.withCost)),
      withoutUs: median(rounds.map((round) => round.withoutCost)),
      share: median(shares),
      shareQuartiles: quartiles(shares),
      control: median(controls),
      controlQuartiles: quartiles(controls),
      bytes: pages[0].length - pages[2].length,
    };
    log(
      `${framework.name}: ${result.withUs.toFixed(0)} µs with us, ${result.withoutUs.toFixed(0)} µs without, our share ${(result.share * 100).toFixed(1)}% (quartiles ${result.shareQuartiles.map((q) => (q * 100).toFixed(1)).join('% to ')}%), A/A control ${(result.control * 100).toFixed(1)}%`,
    );
    return result;
  } finally {
    for (const server of servers) stopServer(server);
  }
}

/** `{ [framework name]: result or { skip } }`; a framework that cannot be built or started is skipped with the reason. */
export async function measurePages(log) {
  const results = {};
  for (const framework of FRAMEWORKS) {
    try {
      results[framework.name] = await measureFramework(framework, log);
    } catch (error) {
      log(`${framework.name}: SKIPPED, ${error.message.split('\n')[0]}`);
      results[framework.name] = { skip: error.message.split('\n')[0] };
    }
  }
  return results;
}
