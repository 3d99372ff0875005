import { runInNewContext } from 'node:vm';

/**
 * Runs script text the way a page would, in a fresh context with a bare `window`, and returns what
 * ended up on `window.flocktory`, copied out through JSON so it compares as plain host data.
 */
export function runSnippet(code: string, existingQueue?: unknown[]): unknown[] {
  const sandbox: { window: { flocktory?: unknown[] }; result?: string } = { window: {} };
  if (existingQueue) runInNewContext(`window.flocktory = ${JSON.stringify(existingQueue)};`, sandbox);
  runInNewContext(code, sandbox, { timeout: 1000 });
  runInNewContext('result = JSON.stringify(window.flocktory);', sandbox);
  return JSON.parse(sandbox.result as string) as unknown[];
}
