// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { resetSentOrders } from '@flocktory-ssr/core/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { FlocktoryLoader, FlocktoryPostcheckout } from '../src';
import { coreCode, expectedData, NONCE, orderInput } from './fixtures';

type Flocktory = { flocktory?: unknown[] };
const pushes = () => (window as unknown as Flocktory).flocktory ?? [];
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function ThankYou({ orderId, nonce }: { orderId: string; nonce?: string }) {
  return (
    <main>
      <h1>Thank you!</h1>
      <FlocktoryLoader siteId="1234" nonce={nonce} src="/flocktory-stub/loader.js" />
      <FlocktoryPostcheckout {...orderInput(orderId)} nonce={nonce} mode="strict" />
    </main>
  );
}

let container: HTMLElement;
let root: Root | undefined;
let warnings: MockInstance[];
let recoverable: unknown[];

beforeEach(() => {
  resetSentOrders();
  delete (window as unknown as Flocktory).flocktory;
  container = document.createElement('div');
  document.body.append(container);
  recoverable = [];
  warnings = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  for (const spy of warnings) {
    expect(spy.mock.calls).toEqual([]);
    spy.mockRestore();
  }
  expect(recoverable).toEqual([]);
});

const OUR_SCRIPTS = 'script[data-flocktory="postcheckout"]';

/**
 * What the browser does with server HTML: parse it and run its inline scripts (once), unless
 * `blocked` (a CSP refused them: they are in the page but never ran).
 */
function loadServerHtml(orderId: string, nonce: string | undefined, { blocked = false } = {}): void {
  container.innerHTML = renderToString(<ThankYou orderId={orderId} nonce={nonce} />);
  for (const script of Array.from(container.querySelectorAll(OUR_SCRIPTS))) {
    if (!blocked) new Function('window', script.textContent ?? '')(window);
    if (script.hasAttribute('nonce')) {
      // Browsers hide the nonce from the DOM once the element is connected.
      (script as HTMLElement & { nonce: string }).nonce = script.getAttribute('nonce') ?? '';
      script.setAttribute('nonce', '');
    }
  }
}

function hydrate(orderId: string, nonce: string | undefined): void {
  act(() => {
    root = hydrateRoot(container, <ThankYou orderId={orderId} nonce={nonce} />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
}

describe.each([
  ['with a nonce', NONCE],
  ['without a nonce', undefined],
])('hydration of server HTML %s', (_label, nonce) => {
  it('pushes nothing more: the inline script ran and recorded the order', () => {
    loadServerHtml('H-1', nonce);
    expect(pushes()).toEqual([['postcheckout', expectedData('H-1')]]);
    hydrate('H-1', nonce);
    expect(pushes()).toHaveLength(1);
    const script = container.querySelector(OUR_SCRIPTS);
    expect(script?.textContent).toBe(coreCode(orderInput('H-1')));
  });

  it('a server script that never ran (blocked by a CSP) is made up for: pushed once from JavaScript after hydration', () => {
    loadServerHtml('H-2', nonce, { blocked: true });
    expect(pushes()).toEqual([]);
    hydrate('H-2', nonce);
    expect(pushes()).toEqual([['postcheckout', expectedData('H-2')]]);
    act(() => root!.render(<ThankYou orderId="H-2" nonce={nonce} />));
    expect(pushes()).toHaveLength(1);
  });

  it('a late chunk whose script ran, then client-rendered (a hydration mismatch in its boundary), does not push again', () => {
    // The client module is long evaluated; the chunk's inline script runs as it is parsed; React
    // then renders that boundary on the client instead of hydrating it.
    loadServerHtml('H-5', nonce);
    const html = container.innerHTML;
    container.innerHTML = '';
    act(() => {
      root = createRoot(container);
      root.render(<ThankYou orderId="H-5" nonce={nonce} />);
    });
    expect(pushes()).toEqual([['postcheckout', expectedData('H-5')]]);
    expect(html).toContain('data-flocktory="postcheckout"');
  });

  it('keeps the order sent through re-renders, and pushes the next order from navigation', () => {
    loadServerHtml('H-3', nonce);
    hydrate('H-3', nonce);
    act(() => root!.render(<ThankYou orderId="H-3" nonce={nonce} />));
    expect(pushes()).toHaveLength(1);
    // The server-rendered element stays after hydration's follow-up render.
    expect(container.querySelectorAll(OUR_SCRIPTS)).toHaveLength(1);
    act(() => root!.render(<ThankYou orderId="H-4" nonce={nonce} />));
    expect(pushes()).toEqual([
      ['postcheckout', expectedData('H-3')],
      ['postcheckout', expectedData('H-4')],
    ]);
    act(() => root!.render(<ThankYou orderId="H-3" nonce={nonce} />));
    expect(pushes()).toHaveLength(2);
  });
});

describe('one order id twice on a page', () => {
  function TwoComponents({ price }: { price: string }) {
    const second = orderInput('T-1');
    return (
      <main>
        <FlocktoryPostcheckout {...orderInput('T-1')} mode="strict" />
        <FlocktoryPostcheckout {...second} order={{ ...second.order, price }} mode="strict" />
      </main>
    );
  }

  function load(price: string) {
    container.innerHTML = renderToString(<TwoComponents price={price} />);
    for (const script of Array.from(container.querySelectorAll(OUR_SCRIPTS))) new Function('window', script.textContent ?? '')(window);
    act(() => {
      root = hydrateRoot(container, <TwoComponents price={price} />, { onRecoverableError: (error) => recoverable.push(error) });
    });
  }

  it('the same data: pushed once on a direct load, as after client navigation', () => {
    load('2 999,50');
    expect(pushes()).toEqual([['postcheckout', expectedData('T-1')]]);
  });

  it('other data: the first is pushed, the second reported and never sent', () => {
    load('1');
    expect(pushes()).toEqual([['postcheckout', expectedData('T-1')]]);
    const [errorSpy] = warnings;
    expect(errorSpy!.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(/order\.id: was pushed on this page already, with other data/),
    ]);
    errorSpy!.mockClear();
  });
});

describe('window.flocktory clobbered by an element with id or name "flocktory"', () => {
  it('the inline script and the client push deliver the order, and the app stays mounted', () => {
    const image = document.createElement('img');
    image.id = 'flocktory';
    document.body.prepend(image);
    // As a browser's named property access shows it.
    (window as unknown as { flocktory: unknown }).flocktory = image;
    loadServerHtml('C-1', undefined);
    expect(pushes()).toEqual([['postcheckout', expectedData('C-1')]]);
    hydrate('C-1', undefined);
    // Client-side navigation to another order: the effect pushes into the queue, never throws.
    (window as unknown as { flocktory: unknown }).flocktory = image;
    act(() => root!.render(<ThankYou orderId="C-2" />));
    expect(pushes()).toEqual([['postcheckout', expectedData('C-2')]]);
    expect(container.querySelector('h1')?.textContent).toBe('Thank you!');
    image.remove();
  });
});
