// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dataFromCode,
  markOrderSent,
  ORDER_ATTRIBUTE,
  pushPostcheckoutOnce,
  resetSentOrders,
  seedFromDocument,
  wasOrderSent,
} from '../src/client';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { buildPostcheckout, postcheckoutCode, type PostcheckoutData } from '../src/index';

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

  it('seeds order ids that an HTML attribute cannot carry exactly (CR, NUL, lone surrogates)', () => {
    const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    for (const id of ['a\rb', 'a\r\nb', 'a\0b', 'a\ud800b', '\udfff']) {
      resetSentOrders();
      const code = postcheckoutCode(order(id));
      // What a browser's DOM holds: the page goes out as UTF-8, then through the HTML parser.
      const html = new TextDecoder().decode(new TextEncoder().encode(`<script ${ORDER_ATTRIBUTE}="${attribute(id)}">${code}</script>`));
      const parsed = parseFragment(html).childNodes[0] as DefaultTreeAdapterTypes.Element;
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute(ORDER_ATTRIBUTE, parsed.attrs[0]!.value);
      script.textContent = (parsed.childNodes[0] as DefaultTreeAdapterTypes.TextNode).value;
      expect(script.getAttribute(ORDER_ATTRIBUTE)).not.toBe(id);
      document.body.replaceChildren(script);
      seedFromDocument();
      expect(wasOrderSent(id)).toBe(true);
      expect(pushPostcheckoutOnce(order(id))).toBe(false);
    }
  });

  it('falls back to the attribute when the script text is not our code', () => {
    document.body.innerHTML = `<script ${ORDER_ATTRIBUTE}="5" type="text/plain">window.flocktory=window.flocktory||[];window.flocktory.push(["postcheckout",{]);</script>`;
    seedFromDocument();
    expect(wasOrderSent('5')).toBe(true);
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

describe('dataFromCode', () => {
  // Strings that look like the code's own frame or its escapes must come back unchanged.
  const tricky = ['{', '}', ']);', '["postcheckout",{', '</script><!--', '\\u003c', '"\'\\', '\u2028\u2029', '\ud800', 'Кеды «Air»'];

  it('gives back exactly the data the code pushes', () => {
    const snippet = buildPostcheckout(
      {
        user: { name: tricky.join(' x '), email: 'a@b.co', sex: 'f' },
        order: { id: '}{', price: '2 999,50', custom_field: ']);', items: tricky.map((title, i) => ({ id: i, title, count: 1 })) },
        spot: '{',
      },
      { mode: 'strict' },
    )!;
    expect(dataFromCode(snippet.code)).toEqual(snippet.data);
    // What the inline script itself pushes.
    const target: { flocktory?: unknown[] } = {};
    new Function('window', snippet.code)(target);
    expect(target.flocktory).toEqual([['postcheckout', dataFromCode(snippet.code)]]);
  });

  it('round-trips any string in every text field', () => {
    const unit = fc.oneof(fc.constantFrom(...tricky), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)));
    const text = fc.string({ unit, maxLength: 8 });
    fc.assert(
      fc.property(text, text, text, (name, id, title) => {
        const data: PostcheckoutData = {
          user: { name, email: 'a@b.co' },
          order: { id, price: 1, custom_field: title, items: [{ id: title, title }] },
          spot: name,
        };
        expect(dataFromCode(postcheckoutCode(data))).toEqual(data);
      }),
    );
  });
});
