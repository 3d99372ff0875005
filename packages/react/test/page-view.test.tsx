// @vitest-environment jsdom
/**
 * <FlocktoryPageView> in a real client render: window.flocktory.reInit() once per navigation (a new
 * `page`), after the new page's markers are in the DOM; never on the first load, never for a
 * re-render or StrictMode's double effects on the same page.
 */
import { act, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FlocktoryCategoryView, FlocktoryPageView } from '../src';

type Page = { flocktory?: unknown } & Record<symbol, unknown>;
const page = window as unknown as Page;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
/** What the loader saw on each reInit: the category markers in the DOM at that moment. */
let reInits: string[][];

beforeEach(() => {
  // A new page load: the record of the last page is per load.
  delete page[Symbol.for('flocktory-ssr.page')];
  reInits = [];
  const markers = () =>
    Array.from(document.querySelectorAll('[data-fl-category-id]'), (element) => element.getAttribute('data-fl-category-id')!);
  page.flocktory = Object.assign([], { reInit: () => reInits.push(markers()) });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** A routed app: the page's marker, with the page view in the layout around it. */
const App = ({ category }: { category: string }) => (
  <StrictMode>
    <main>
      <FlocktoryCategoryView id={category} mode="strict" />
    </main>
    <FlocktoryPageView page={`/category/${category}`} />
  </StrictMode>
);

it('never on the first load; once per navigation, with the new page markers in the DOM', () => {
  act(() => root.render(<App category="shoes" />));
  expect(reInits).toEqual([]);
  act(() => root.render(<App category="hats" />));
  expect(reInits).toEqual([['hats']]);
  // The same page re-rendered: nothing.
  act(() => root.render(<App category="hats" />));
  act(() => root.render(<App category="coats" />));
  expect(reInits).toEqual([['hats'], ['coats']]);
});

it('a remount on the same page (a layout that remounts) is not a navigation', () => {
  act(() => root.render(<App category="shoes" />));
  act(() => root.unmount());
  root = createRoot(container);
  act(() => root.render(<App category="shoes" />));
  expect(reInits).toEqual([]);
});

it('does nothing, and never throws, before the loader has loaded', () => {
  delete page.flocktory;
  act(() => root.render(<App category="shoes" />));
  act(() => root.render(<App category="hats" />));
  expect(reInits).toEqual([]);
});
