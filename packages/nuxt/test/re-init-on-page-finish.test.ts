/**
 * The client plugin's job: `window.flocktory.reInit()` after each page Nuxt finished rendering but
 * the first, once per page. (Nuxt calls `page:finish` once the new page's Suspense resolved.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { reInitOnPageFinish } from '../src/runtime/re-init-on-page-finish';

/** The part of a Nuxt app the plugin uses: its `page:finish` hook, called as Nuxt calls it. */
function fakeNuxtApp() {
  const handlers: Record<string, (() => void)[]> = {};
  return {
    hook: (name: string, handler: () => void) => (handlers[name] ??= []).push(handler),
    finish: () => {
      for (const handler of handlers['page:finish'] ?? []) handler();
    },
  };
}

let reInits: string[];
let path: string;
beforeEach(() => {
  reInits = [];
  // The browser's window as the core reads it: `flocktory` with the loader's reInit.
  (globalThis as { window?: unknown }).window = { flocktory: { push() {}, reInit: () => reInits.push(path) } };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('reInitOnPageFinish', () => {
  it('first page: nothing; each later page: one reInit; the same page finishing again: nothing', () => {
    const app = fakeNuxtApp();
    reInitOnPageFinish(app, () => path);
    for (path of ['/', '/p/1', '/p/1', '/p/2?color=red', '/']) app.finish();
    expect(reInits).toEqual(['/p/1', '/p/2?color=red', '/']);
  });

  it('a loader that has not loaded yet (no reInit): nothing is called, nothing throws', () => {
    (globalThis as { window?: unknown }).window = { flocktory: [] };
    const app = fakeNuxtApp();
    reInitOnPageFinish(app, () => path);
    for (path of ['/', '/a']) expect(() => app.finish()).not.toThrow();
  });
});
