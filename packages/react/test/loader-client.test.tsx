// @vitest-environment jsdom
/**
 * `<FlocktoryLoader>` mounted in the browser, under React 18 and 19 (see vitest.config.ts): a
 * client-only app, the loader's first appearance after client-side navigation, and hydration of
 * server HTML. React 18 never runs a `<script>` it creates, so the loader must be added by us.
 */
import { act, StrictMode, useState, version } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { resetLoaderScript } from '@flocktory-ssr/core/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { FlocktoryLoader } from '../src';
import { NONCE } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SRC = '/flocktory-stub/loader.js?site_id=1234';
const loaders = () =>
  Array.from(document.querySelectorAll<HTMLScriptElement>('script')).filter((script) => script.getAttribute('src') === SRC);

let container: HTMLElement;
let root: Root | undefined;
let errors: MockInstance;

beforeEach(() => {
  resetLoaderScript();
  for (const script of loaders()) script.remove();
  container = document.body.appendChild(document.createElement('div'));
  errors = vi.spyOn(console, 'error');
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  expect(errors.mock.calls).toEqual([]);
  errors.mockRestore();
});

function mount(element: React.ReactNode): void {
  act(() => {
    root = createRoot(container);
    root.render(element);
  });
}

const Loader = () => <FlocktoryLoader siteId="1234" src="/flocktory-stub/loader.js" nonce={NONCE} />;

describe(`FlocktoryLoader mounted on the client (React ${version})`, () => {
  it('runs under the React major the project asked for', () => {
    expect(version.split('.')[0]).toBe(process.env.EXPECTED_REACT_MAJOR);
  });

  it('client-only app: adds one async loader with the nonce to <head>, and no dead script in place', () => {
    mount(<Loader />);
    const [script, ...rest] = loaders();
    expect(rest).toHaveLength(0);
    expect(script!.parentNode).toBe(document.head);
    expect(script!.async).toBe(true);
    expect(script!.nonce).toBe(NONCE);
    expect(container.querySelector('script')).toBeNull();
  });

  it('StrictMode, two loaders, re-renders and remounts: still one', () => {
    mount(
      <StrictMode>
        <Loader />
        <Loader />
      </StrictMode>,
    );
    act(() => root!.render(<Loader />));
    act(() => root!.unmount());
    mount(<Loader />);
    expect(loaders()).toHaveLength(1);
  });

  it('first appearing after client-side navigation: added then, once', () => {
    let navigate = () => {};
    function App() {
      const [page, setPage] = useState<'home' | 'thank-you'>('home');
      navigate = () => setPage('thank-you');
      return page === 'home' ? <h1>Home</h1> : <Loader />;
    }
    mount(<App />);
    expect(loaders()).toHaveLength(0);
    act(() => navigate());
    expect(loaders()).toHaveLength(1);
    expect(loaders()[0]!.parentNode).toBe(document.head);
  });

  it('hydrating server HTML keeps the server script and adds none', () => {
    container.innerHTML = renderToString(<Loader />);
    expect(loaders()).toHaveLength(1);
    act(() => {
      root = hydrateRoot(container, <Loader />);
    });
    expect(loaders()).toHaveLength(1);
    // A later mount elsewhere (another layout after navigation) finds the server's loader too.
    const other = document.body.appendChild(document.createElement('div'));
    const otherRoot = createRoot(other);
    act(() => otherRoot.render(<Loader />));
    expect(loaders()).toHaveLength(1);
    act(() => otherRoot.unmount());
    other.remove();
  });
});
