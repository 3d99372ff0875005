/**
 * `pnpm --filter ./bench pages:ab`: does a change to core or html make our Express helpers cheaper
 * *in the page*? Both builds serve the same shop-weight page in one process, request by request in
 * turn (express-ab-process.js), so what the machine does meanwhile (its speed moved by 1.6× within
 * an hour here) hits both alike: two bundles of the same build differ by about ±1 µs per helper,
 * where two runs of express-breakdown.js differ by 5 µs or more.
 *
 *   pnpm build, then: pnpm --filter ./bench pages:ab bundle before   (the packages' dist as it is)
 *   change, pnpm build, then: pnpm --filter ./bench pages:ab bundle after
 *   pnpm --filter ./bench pages:ab before after [--processes N]      (default 4)
 *
 * `bundle NAME` writes packages/html/dist/express.js with its core into bench/.cache/ab/NAME.mjs.
 * Each process prints each helper's median in-page µs for both; this prints their means over the
 * processes and the mean of B − A with each process's own, on the servers' Node (servers.js).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

import { serverNode } from './servers.js';

const BUNDLES = fileURLToPath(new URL('../../.cache/ab/', import.meta.url));
const EXPRESS_ENTRY = fileURLToPath(new URL('../../../packages/html/dist/express.js', import.meta.url));
const PROCESS = fileURLToPath(new URL('./express-ab-process.js', import.meta.url));

const bundlePath = (name) => `${BUNDLES}${name}.mjs`;

const args = process.argv.slice(2);
if (args[0] === 'bundle') {
  mkdirSync(BUNDLES, { recursive: true });
  await build({
    entryPoints: [EXPRESS_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundlePath(args[1]),
    logLevel: 'warning',
  });
  console.log(`wrote ${bundlePath(args[1])}`);
} else {
  const at = args.indexOf('--processes');
  const processes = at === -1 ? 4 : Number(args.splice(at, 2)[1]);
  const [a, b] = args;
  if (!a || !b || !(processes >= 1)) throw new Error('usage: pages:ab bundle NAME | pages:ab A B [--processes N]');
  const runs = [];
  for (let index = 0; index < processes; index++) {
    const flags = index % 2 ? ['--b-first'] : [];
    const output = execFileSync(serverNode().path, [PROCESS, bundlePath(a), bundlePath(b), ...flags], {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
      timeout: 600_000,
    });
    runs.push(JSON.parse(output.trim().split('\n').at(-1)));
  }
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const us = (value) => `${value.toFixed(2).padStart(6)} µs`;
  console.log(`Express shop-weight page, ${a} (A) vs ${b} (B), ${processes} processes on ${serverNode().version}, medians in the page:`);
  for (const name of Object.keys(runs[0])) {
    const differences = runs.map((run) => run[name][1] - run[name][0]);
    console.log(
      `${name.padEnd(13)} A ${us(mean(runs.map((run) => run[name][0])))}  B ${us(mean(runs.map((run) => run[name][1])))}  ` +
        `B − A ${us(mean(differences))} (${differences.map((difference) => difference.toFixed(1)).join(', ')})`,
    );
  }
}
