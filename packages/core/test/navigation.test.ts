// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reInitAfterNavigation } from '../src/client';

type PageWindow = Window & { flocktory?: unknown };

beforeEach(() => {
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('flocktory-ssr.page')];
  delete (window as PageWindow).flocktory;
});

describe('reInitAfterNavigation', () => {
  it('never on the first load, once per new page, never twice for the same page', () => {
    const reInit = vi.fn();
    (window as PageWindow).flocktory = { push() {}, reInit };
    expect(reInitAfterNavigation('/category')).toBe(false);
    expect(reInitAfterNavigation('/category')).toBe(false);
    expect(reInitAfterNavigation('/product/1')).toBe(true);
    expect(reInitAfterNavigation('/product/1')).toBe(false);
    expect(reInitAfterNavigation('/category')).toBe(true);
    expect(reInit).toHaveBeenCalledTimes(2);
  });

  it('uses the path and query by default', () => {
    const reInit = vi.fn();
    (window as PageWindow).flocktory = { reInit };
    history.pushState(null, '', '/a?x=1');
    reInitAfterNavigation();
    history.pushState(null, '', '/a?x=1#top');
    expect(reInitAfterNavigation()).toBe(false);
    history.pushState(null, '', '/a?x=2');
    expect(reInitAfterNavigation()).toBe(true);
  });

  it('does nothing before the loader has loaded (the queue has no reInit), and never throws', () => {
    (window as PageWindow).flocktory = [];
    reInitAfterNavigation('/a');
    expect(reInitAfterNavigation('/b')).toBe(false);
    document.body.innerHTML = '<img id="flocktory">';
    delete (window as PageWindow).flocktory;
    expect(reInitAfterNavigation('/c')).toBe(false);
    (window as PageWindow).flocktory = {
      reInit: () => {
        throw new Error('loader bug');
      },
    };
    expect(reInitAfterNavigation('/d')).toBe(false);
  });
});
