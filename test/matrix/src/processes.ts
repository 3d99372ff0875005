/**
 * Child processes with bounded lifetimes. Each runs in its own process group, so a timeout or a
 * server's close() also ends what it started (npm's scripts, Next.js's workers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** The end of a long output: enough to read an error, short enough for a test report. */
export function tail(output: string, chars = 6_000): string {
  return output.length > chars ? `…${output.slice(-chars)}` : output;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function spawnGrouped(command: string, args: string[], options: CommandOptions): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return { child, output: () => output };
}

/** Runs a command to its end; throws with the output's tail when it fails or outlives its timeout. */
export function run(command: string, args: string[], options: CommandOptions): Promise<string> {
  const { child, output } = spawnGrouped(command, args, options);
  const shown = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`\`${shown}\` did not finish within ${options.timeoutMs / 1000} s:\n${tail(output())}`));
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output());
      else reject(new Error(`\`${shown}\` failed (${signal ?? `exit ${code}`}) in ${options.cwd}:\n${tail(output())}`));
    });
  });
}

export interface RunningServer {
  url: string;
  /** Everything the server printed so far, stdout and stderr interleaved. */
  output(): string;
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Starts a server and waits (bounded) until `url` answers at all; any HTTP status means it is up. */
export async function startServer(command: string, args: string[], url: string, options: CommandOptions): Promise<RunningServer> {
  const { child, output } = spawnGrouped(command, args, options);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    // The group may outlive its leader (workers): make sure nothing is left listening.
    killGroup(child, 'SIGKILL');
  };
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`\`${[command, ...args].join(' ')}\` exited before answering:\n${tail(output())}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
      return { url, output, close };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await close();
  throw new Error(`\`${[command, ...args].join(' ')}\` not answering ${url} after ${options.timeoutMs / 1000} s:\n${tail(output())}`);
}
