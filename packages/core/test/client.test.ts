// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  markOrderSent,
  ORDER_ATTRIBUTE,
  pushPostcheckoutOnce,
  resetSentOrders,
  seedFromDocument,
  wasOrderSent,
} from '../src/client';
import { buildPostcheckout, type PostcheckoutData } from '../src/index';

type FlocktoryWindow = Window & { flocktory?: unknown[] };

function order(id: string): PostcheckoutData {
  return { user: { email: 'a@b.co' }, order: { id, price: 1, items: [{ id: 'i' }] } };
}

function pushes(): unknown[] | undefined {
  return (window as FlocktoryWindow).flocktory;
}

beforeEach(() => {
  resetSentOrders();
  delete (window as FlocktoryWindow).flocktory;
  document.body.innerHTML = '';
});

describe('seedFromDocument', () => {
  it('records the order ids of postcheckout scripts already in the server HTML', () => {
    document.body.innerHTML =
      `<script ${ORDER_ATTRIBUTE}="77" type="text/plain"></script>` +
      `<script ${ORDER_ATTRIBUTE}="a&quot;b&lt;/script&gt;" type="text/plain"></script>` +
      `<script type="text/plain" data-other="78"></script>`;
    seedFromDocument();
    expect(wasOrderSent('77')).toBe(true);
    expect(wasOrderSent('a"b</script>')).toBe(true);
    expect(wasOrderSent('78')).toBe(false);
    expect(pushPostcheckoutOnce(order('77'))).toBe(false);
    expect(pushes()).toBeUndefined();
  });

  it('runs once: scripts that frameworks add later are not counted as sent', () => {
    seedFromDocument();
    document.body.innerHTML = `<script ${ORDER_ATTRIBUTE}="99" type="text/plain"></script>`;
    seedFromDocument();
    expect(wasOrderSent('99')).toBe(false);
  });

  it('the attribute name is the one adapters render', () => {
    expect(ORDER_ATTRIBUTE).toBe('data-flocktory-order');
  });
});

describe('pushPostcheckoutOnce', () => {
  it('pushes ["postcheckout", data] once per order id', () => {
    expect(pushPostcheckoutOnce(order('1'))).toBe(true);
    expect(pushPostcheckoutOnce(order('1'))).toBe(false);
    expect(pushPostcheckoutOnce(order('2'))).toBe(true);
    expect(pushes()).toEqual([
      ['postcheckout', order('1')],
      ['postcheckout', order('2')],
    ]);
    expect(wasOrderSent('1')).toBe(true);
  });

  it('keeps what is already queued on window.flocktory', () => {
    const queue: unknown[] = [['addToCart', { id: 'x' }]];
    (window as FlocktoryWindow).flocktory = queue;
    pushPostcheckoutOnce(order('1'));
    expect(pushes()).toBe(queue);
    expect(queue).toEqual([['addToCart', { id: 'x' }], ['postcheckout', order('1')]]);
  });
});

describe('markOrderSent / wasOrderSent / resetSentOrders', () => {
  it('a marked order is never pushed; reset forgets it', () => {
    expect(wasOrderSent('5')).toBe(false);
    markOrderSent('5');
    expect(wasOrderSent('5')).toBe(true);
    expect(pushPostcheckoutOnce(order('5'))).toBe(false);
    resetSentOrders();
    expect(wasOrderSent('5')).toBe(false);
    expect(pushPostcheckoutOnce(order('5'))).toBe(true);
  });

  it('the registry is shared by every copy of the module (one per page)', async () => {
    markOrderSent('shared');
    vi.resetModules();
    const copy = await import('../src/client');
    expect(copy.wasOrderSent('shared')).toBe(true);
  });
});

describe('with a real snippet', () => {
  it('the server script pushed once; the client push of the same order is skipped', () => {
    const snippet = buildPostcheckout({ user: { email: 'a@b.co' }, order: { id: 77, price: '10', items: [{ id: 1 }] } }, { mode: 'strict' })!;
    // As the server HTML ran: the inline script pushed while the page was parsed.
    new Function('window', snippet.code)(window);
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute(ORDER_ATTRIBUTE, snippet.data.order.id);
    document.body.append(script);
    seedFromDocument();
    expect(pushPostcheckoutOnce(snippet.data)).toBe(false);
    expect(pushes()).toEqual([['postcheckout', snippet.data]]);
  });
});
