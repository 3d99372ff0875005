import vm from 'node:vm';
import { expect } from 'vitest';

/**
 * Runs script text in a fresh V8 context whose only global is `window`, like a page that has not
 * loaded Flocktory yet, and returns what was pushed onto `window.flocktory`. The result is
 * structured-cloned into this realm so `toEqual` compares data, not realms.
 */
export function runPushes(code: string, existing?: unknown[]): unknown[] {
  const window: Record<string, unknown> = existing ? { flocktory: existing } : {};
  const context = vm.createContext({ window });
  vm.runInContext(code, context, { timeout: 1000 });
  // The code must only touch window.flocktory: no other global, no other property.
  expect(Object.keys(context)).toEqual(['window']);
  expect(Object.keys(window)).toEqual(['flocktory']);
  return structuredClone(window.flocktory as unknown[]);
}

/** The data of the one `['postcheckout', data]` entry that `code` pushes. */
export function runPostcheckout(code: string): unknown {
  const pushes = runPushes(code);
  expect(pushes).toHaveLength(1);
  const [event, data, ...rest] = pushes[0] as unknown[];
  expect(event).toBe('postcheckout');
  expect(rest).toEqual([]);
  return data;
}
