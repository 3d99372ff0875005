/** Starts the demo shops on 127.0.0.1 with the loader stand-in, on a free port, and stops them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { ensureBuilt, REPO } from './app-build';

export interface RunningShop {
  url: string;
  /**
   * What our packages reported in the shop's server since it started, a line each: data they could
   * not use, a wiring mistake. A shopper's ordinary walk leaves none.
   */
  flocktoryReports(): string[];
  close(): Promise<void>;
}

/**
 * A server output line from our packages: core's default report, the shops' and the Nuxt module's
 * prefixes, a forgotten registerHandlebarsHelpers. bench/src/pages/servers.js has the same pattern.
 */
const FLOCKTORY_REPORT = /Invalid Flocktory data|\[flocktory\]|\[@flocktory-ssr\/|registerHandlebarsHelpers/;

export async function startExpressShop(): Promise<RunningShop> {
  // express-shop is plain JavaScript without declarations.
  const { startServer } = (await import('@flocktory-ssr/express-shop' as string)) as {
    startServer(options: {
      port: number;
      host: string;
      loader: 'stub';
      onError(error: Error): void;
    }): Promise<{ url: string; close(): Promise<unknown> }>;
  };
  // In this process, so its reports are taken where they are made: the shop's onError.
  const reports: string[] = [];
  const shop = await startServer({ port: 0, host: '127.0.0.1', loader: 'stub', onError: (error) => reports.push(error.message) });
  return { url: shop.url, flocktoryReports: () => [...reports], close: async () => void (await shop.close()) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a server process and waits (bounded) until `readyPath` answers 200. */
async function startProcess(
  command: string[],
  cwd: string,
  env: Record<string, string>,
  port: number,
  readyPath: string,
): Promise<RunningShop> {
  const child: ChildProcess = spawn(process.execPath, command, {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NUXT_TELEMETRY_DISABLED: '1',
      FLOCKTORY_LOADER: 'stub',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited early:\n${output}`);
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(2_000) });
      const flocktoryReports = () => output.split('\n').filter((line) => FLOCKTORY_REPORT.test(line));
      if (response.ok) return { url, flocktoryReports, close };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await close();
  throw new Error(`${command.join(' ')} not ready after 60 s:\n${output}`);
}

export async function startNextShop(): Promise<RunningShop> {
  ensureBuilt({ app: 'apps/next-shop', marker: '.next/BUILD_ID', packages: ['packages/core', 'packages/react', 'packages/next'] });
  const appDir = join(REPO, 'apps/next-shop');
  const nextBin = createRequire(join(appDir, 'package.json')).resolve('next/dist/bin/next');
  const port = await freePort();
  return startProcess([nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], appDir, {}, port, '/flocktory-stub/loader.js');
}

export async function startNuxtShop(): Promise<RunningShop> {
  ensureBuilt({ app: 'apps/nuxt-shop', marker: '.output/nitro.json', packages: ['packages/core', 'packages/vue', 'packages/nuxt'] });
  const appDir = join(REPO, 'apps/nuxt-shop');
  const port = await freePort();
  return startProcess(
    [join(appDir, '.output/server/index.mjs')],
    appDir,
    { HOST: '127.0.0.1', PORT: String(port) },
    port,
    '/flocktory-stub/loader.js',
  );
}
