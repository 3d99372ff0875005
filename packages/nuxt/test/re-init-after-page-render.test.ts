/**
 * The client plugin's job: `window.flocktory.reInit()` once after each client-side navigation, once
 * the new page is in the DOM (and the old one gone); never on the first page. The hooks are called
 * in the orders Nuxt's <NuxtPage> calls them (nuxt/dist/pages/runtime/page.js).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { reInitAfterPageRender } from '../src/runtime/re-init-after-page-render';

type Hook = 'page:start' | 'page:finish' | 'page:loading:end' | 'page:transition:finish';

/** The part of a Nuxt app the plugin uses: its page hooks and its hydration flag. */
function fakeNuxtApp() {
  const handlers: Partial<Record<Hook, (() => void)[]>> = {};
  return {
    isHydrating: true,
    hook: (name: Hook, handler: () => void) => (handlers[name] ??= []).push(handler),
    call(...names: Hook[]) {
      for (const name of names) for (const handler of handlers[name] ?? []) handler();
    },
  };
}

let reInits: string[];
// What the DOM shows when the loader reads it: the page whose markers are in.
let shown: string;
let path: string;
beforeEach(() => {
  reInits = [];
  (globalThis as { window?: unknown }).window = { flocktory: { push() {}, reInit: () => reInits.push(shown) } };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

// Whether the current route has a page transition.
let transition: boolean;

/** The app after its first page (hydrated), with or without a page transition. */
function hydrated(withTransition: boolean) {
  transition = withTransition;
  const app = fakeNuxtApp();
  reInitAfterPageRender(
    app,
    () => path,
    () => transition,
  );
  path = shown = '/';
  app.call('page:finish', 'page:loading:end');
  app.isHydrating = false;
  return app;
}

describe('reInitAfterPageRender', () => {
  it('a new page instance: one reInit after page:finish, none on the first page', () => {
    const app = hydrated(false);
    expect(reInits).toEqual([]);
    for (path of ['/p/1', '/p/2?color=red', '/']) {
      shown = path;
      app.call('page:finish', 'page:loading:end');
    }
    expect(reInits).toEqual(['/p/1', '/p/2?color=red', '/']);
  });

  it('a reused page instance (query-only change, custom page key): one reInit on page:loading:end', () => {
    const app = hydrated(false);
    for (path of ['/catalog?c=1', '/catalog?c=2']) {
      shown = path;
      app.call('page:loading:end');
    }
    expect(reInits).toEqual(['/catalog?c=1', '/catalog?c=2']);
  });

  it('the same page rendered again, or an aborted navigation: nothing', () => {
    const app = hydrated(false);
    app.call('page:finish', 'page:loading:end', 'page:loading:end');
    expect(reInits).toEqual([]);
  });

  it('behind a page transition: one reInit once the old page has left, not at page:finish', () => {
    const app = hydrated(true);
    path = '/p/1';
    // page:finish while the old page is still in the DOM (default mode) or the new one is not yet (out-in).
    app.call('page:finish', 'page:loading:end');
    expect(reInits).toEqual([]);
    shown = '/p/1';
    app.call('page:transition:finish');
    expect(reInits).toEqual(['/p/1']);
    // A query-only change keeps the page instance: no transition, no page:finish.
    path = shown = '/p/1?size=m';
    app.call('page:loading:end');
    expect(reInits).toEqual(['/p/1', '/p/1?size=m']);
  });

  it('from a page without a transition to one with: no leave, so one reInit at page:finish', () => {
    const app = hydrated(false);
    path = shown = '/fade/1';
    transition = true;
    app.call('page:finish', 'page:loading:end');
    expect(reInits).toEqual(['/fade/1']);
    // Then between two pages with one: after the leave.
    path = '/fade/2';
    app.call('page:finish', 'page:loading:end');
    shown = '/fade/2';
    app.call('page:transition:finish');
    expect(reInits).toEqual(['/fade/1', '/fade/2']);
  });

  it('page:loading:end while a new page is pending (Nuxt 3.21, page transition): waits for the page', () => {
    const app = hydrated(true);
    path = '/p/1';
    app.call('page:start', 'page:loading:end', 'page:finish');
    expect(reInits).toEqual([]);
    shown = '/p/1';
    app.call('page:transition:finish');
    expect(reInits).toEqual(['/p/1']);
    // Without a transition: at page:finish.
    transition = false;
    path = '/p/2';
    app.call('page:start', 'page:loading:end');
    expect(reInits).toEqual(['/p/1']);
    shown = '/p/2';
    app.call('page:finish', 'page:loading:end');
    expect(reInits).toEqual(['/p/1', '/p/2']);
  });

  it('a transition on the first page (hydration) does not hold back the next navigation', () => {
    const app = hydrated(true);
    path = shown = '/?q=1';
    app.call('page:loading:end');
    expect(reInits).toEqual(['/?q=1']);
  });

  it('a loader that has not loaded yet (no reInit): nothing is called, nothing throws', () => {
    const app = hydrated(false);
    (globalThis as { window?: unknown }).window = { flocktory: [] };
    path = '/a';
    expect(() => app.call('page:finish', 'page:loading:end')).not.toThrow();
  });
});
