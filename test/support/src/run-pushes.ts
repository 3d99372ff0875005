import { runInNewContext } from 'node:vm';

/**
 * Runs script text the way a page would, in a fresh context whose only global is a bare `window`
 * (holding `existingQueue` as `window.flocktory` if given, as if pushed earlier), and returns what
 * ended up on `window.flocktory`, copied out through JSON so it compares as plain host data.
 * Throws if the script left no `window.flocktory`, or ran for more than a second.
 */
export function runPushes(code: string, existingQueue?: unknown[]): unknown[] {
  const sandbox: { window: { flocktory?: unknown } } = { window: {} };
  if (existingQueue) runInNewContext(`window.flocktory = ${JSON.stringify(existingQueue)};`, sandbox);
  runInNewContext(code, sandbox, { timeout: 1000 });
  const json = JSON.stringify(sandbox.window.flocktory);
  if (json === undefined) throw new Error('the script left no window.flocktory');
  return JSON.parse(json) as unknown[];
}
