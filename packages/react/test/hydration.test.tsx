// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { resetSentOrders, seedFromDocument } from '@flocktory-ssr/core/client';
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

/** What the browser does with server HTML: parse it and run its inline script (once). */
function loadServerHtml(orderId: string, nonce: string | undefined): void {
  container.innerHTML = renderToString(<ThankYou orderId={orderId} nonce={nonce} />);
  for (const script of Array.from(container.querySelectorAll('script[data-flocktory-order]'))) {
    new Function('window', script.textContent ?? '')(window);
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
  it('pushes nothing more when the client module was evaluated after the HTML was parsed', () => {
    loadServerHtml('H-1', nonce);
    expect(pushes()).toEqual([['postcheckout', expectedData('H-1')]]);
    resetSentOrders();
    seedFromDocument();
    hydrate('H-1', nonce);
    expect(pushes()).toHaveLength(1);
    const script = container.querySelector('script[data-flocktory-order]');
    expect(script?.textContent).toBe(coreCode(orderInput('H-1')));
  });

  it('pushes nothing more when the client module ran before the HTML arrived (streaming)', () => {
    resetSentOrders();
    seedFromDocument(); // an empty document: nothing seeded
    loadServerHtml('H-2', nonce);
    hydrate('H-2', nonce);
    expect(pushes()).toHaveLength(1);
  });

  it('keeps the order sent through re-renders, and pushes the next order from navigation', () => {
    loadServerHtml('H-3', nonce);
    hydrate('H-3', nonce);
    act(() => root!.render(<ThankYou orderId="H-3" nonce={nonce} />));
    expect(pushes()).toHaveLength(1);
    // The server-rendered element stays after hydration's follow-up render.
    expect(container.querySelector('script[data-flocktory-order="H-3"]')).not.toBeNull();
    act(() => root!.render(<ThankYou orderId="H-4" nonce={nonce} />));
    expect(pushes()).toEqual([
      ['postcheckout', expectedData('H-3')],
      ['postcheckout', expectedData('H-4')],
    ]);
    act(() => root!.render(<ThankYou orderId="H-3" nonce={nonce} />));
    expect(pushes()).toHaveLength(2);
  });
});
