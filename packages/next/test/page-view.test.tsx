// @vitest-environment jsdom
/**
 * `@flocktory-ssr/next/app`'s <FlocktoryPageView /> in the browser, under a stand-in of Next's
 * router hooks: Flocktory's reInit once per navigation (path or query), never on the first load.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FlocktoryPageView } from '../src/app';

const route = { pathname: '/', query: '' };
vi.mock('next/headers.js', () => ({ headers: () => new Headers() }));
vi.mock('next/navigation.js', () => ({ usePathname: () => route.pathname, useSearchParams: () => new URLSearchParams(route.query) }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
type Page = { flocktory?: unknown } & Record<symbol, unknown>;
const page = window as unknown as Page;

let root: Root;
let reInit: ReturnType<typeof vi.fn>;

beforeEach(() => {
  delete page[Symbol.for('flocktory-ssr.page')];
  reInit = vi.fn();
  page.flocktory = Object.assign([], { reInit });
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

/** A client-side navigation: the router's hooks change and the layout re-renders. */
function visit(pathname: string, query = ''): void {
  Object.assign(route, { pathname, query });
  act(() => root.render(<FlocktoryPageView />));
}

it('never on the first load; once per new path or query', () => {
  visit('/category/shoes');
  expect(reInit).not.toHaveBeenCalled();
  visit('/product/1');
  expect(reInit).toHaveBeenCalledTimes(1);
  visit('/product/1');
  expect(reInit).toHaveBeenCalledTimes(1);
  visit('/product/1', 'color=red');
  expect(reInit).toHaveBeenCalledTimes(2);
  visit('/cart');
  expect(reInit).toHaveBeenCalledTimes(3);
});
