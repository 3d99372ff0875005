import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningShop {
  url: string;
  stop(): Promise<void>;
}

/**
 * `next start` of the production build on 127.0.0.1, waited for within `timeoutMs`. `project`: a
 * Next app directory inside this one (a fixture), instead of the shop itself.
 */
export async function startShop(env: Record<string, string> = {}, timeoutMs = 60_000, project = '.'): Promise<RunningShop> {
  const port = await freePort();
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', project, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => (clearTimeout(timer), resolve()));
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      // The shop serves the loader stand-in; a fixture has none, so any answer means it is up.
      const response = await fetch(`${url}/flocktory-stub/loader.js`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok || (project !== '.' && response.status === 404)) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start not ready after ${timeoutMs} ms:\n${output}`);
}
