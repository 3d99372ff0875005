// @vitest-environment jsdom
import { StrictMode } from 'react';
import { cleanup, render } from '@testing-library/react';
import { resetSentOrders } from '@flocktory-ssr/core/client';
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FlocktoryPostcheckout } from '../src';
import { expectedData, orderInput } from './fixtures';

type Flocktory = { flocktory?: unknown[] };
const pushes = () => (window as unknown as Flocktory).flocktory ?? [];

beforeEach(() => {
  resetSentOrders();
  delete (window as unknown as Flocktory).flocktory;
});
afterEach(cleanup);

describe('client rendering (client-side navigation to the thank-you page)', () => {
  it('pushes the order once, from the effect, and renders no dead inline script', () => {
    const errors = vi.spyOn(console, 'error');
    const { container } = render(<FlocktoryPostcheckout {...orderInput()} mode="strict" />);
    expect(pushes()).toEqual([['postcheckout', expectedData()]]);
    expect(container.querySelector('script')).toBeNull();
    // React warns about every <script> it creates on the client (it never runs them).
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('pushes once under StrictMode double effects', () => {
    render(
      <StrictMode>
        <FlocktoryPostcheckout {...orderInput()} mode="strict" />
      </StrictMode>,
    );
    expect(pushes()).toHaveLength(1);
  });

  it('does not push again when re-rendered with an equal order', () => {
    const { rerender } = render(<FlocktoryPostcheckout {...orderInput()} mode="strict" />);
    rerender(<FlocktoryPostcheckout {...orderInput()} mode="strict" />);
    rerender(<FlocktoryPostcheckout {...orderInput()} mode="strict" nonce="bm9uY2U=" />);
    expect(pushes()).toHaveLength(1);
  });

  it('reports the same order id re-rendered with other data as duplicate_order, as a remount does, and sends only the first', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = orderInput('A-1');
    const { rerender } = render(<FlocktoryPostcheckout {...first} mode="strict" />);
    const changed = { ...first, order: { ...first.order, price: 3000 } };
    rerender(<FlocktoryPostcheckout {...changed} mode="strict" />);
    rerender(<FlocktoryPostcheckout {...changed} mode="strict" />);
    expect(pushes()).toEqual([['postcheckout', expectedData('A-1')]]);
    // Once for the change; the same changed data re-rendered is not reported again.
    expect(errors).toHaveBeenCalledOnce();
    expect(String(errors.mock.calls[0]![0])).toContain('was pushed on this page already, with other data');
    errors.mockRestore();
  });

  it('pushes a different order again', () => {
    const { rerender } = render(<FlocktoryPostcheckout {...orderInput('A-1')} mode="strict" />);
    rerender(<FlocktoryPostcheckout {...orderInput('A-2')} mode="strict" />);
    expect(pushes()).toEqual([
      ['postcheckout', expectedData('A-1')],
      ['postcheckout', expectedData('A-2')],
    ]);
  });

  it('does not push again after unmount and remount of the same order', () => {
    const first = render(<FlocktoryPostcheckout {...orderInput()} mode="strict" />);
    first.unmount();
    render(<FlocktoryPostcheckout {...orderInput()} mode="strict" />);
    expect(pushes()).toHaveLength(1);
  });

  it('keeps exactly once across two instances of the same order on one page', () => {
    render(
      <>
        <FlocktoryPostcheckout {...orderInput()} mode="strict" />
        <FlocktoryPostcheckout {...orderInput()} mode="strict" />
      </>,
    );
    expect(pushes()).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('safe mode renders nothing, pushes nothing and reports to onError', () => {
    const onError = vi.fn();
    const input = orderInput();
    const { container } = render(
      <FlocktoryPostcheckout user={input.user} order={{ ...input.order, items: [] }} mode="safe" onError={onError} />,
    );
    expect(container.innerHTML).toBe('');
    expect(pushes()).toEqual([]);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(FlocktoryValidationError);
  });

  it('safe mode drops a bad optional field and still sends the order', () => {
    const onError = vi.fn();
    const input = orderInput();
    render(<FlocktoryPostcheckout {...input} user={{ ...input.user, sex: 'x' }} mode="safe" onError={onError} />);
    const { sex: _dropped, ...user } = expectedData().user;
    expect(pushes()).toEqual([['postcheckout', { ...expectedData(), user }]]);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('strict mode throws during render', () => {
    const input = orderInput();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    // React 18 rethrows render errors through a DOM event; jsdom would print it as uncaught.
    const swallow = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', swallow);
    expect(() => render(<FlocktoryPostcheckout user={input.user} order={{ ...input.order, id: '' }} mode="strict" />)).toThrow(
      FlocktoryValidationError,
    );
    quiet.mockRestore();
    window.removeEventListener('error', swallow);
    expect(pushes()).toEqual([]);
  });
});

describe('test setup', () => {
  it('runs against the React major of its vitest project', async () => {
    const { version } = await import('react');
    const { version: domVersion } = await import('react-dom');
    expect(domVersion).toBe(version);
    expect(version.split('.')[0]).toBe(process.env.EXPECTED_REACT_MAJOR);
  });
});
