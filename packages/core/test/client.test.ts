// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dataFromCode, pushPostcheckoutOnce, resetSentOrders, SCRIPT_ATTRIBUTE, wasOrderSent } from '../src/client';
import { buildPostcheckout, postcheckoutCode, type FlocktoryValidationError, type PostcheckoutData } from '../src/index';

type FlocktoryWindow = Window & { flocktory?: unknown };

function order(id: string, price = 1): PostcheckoutData {
  return { user: { email: 'a@b.co' }, order: { id, price, items: [{ id: 'i' }] } };
}

function pushes(): unknown {
  return (window as FlocktoryWindow).flocktory;
}

/** Runs the inline code as the page's parser would: in this window, at this moment. */
function runInline(data: PostcheckoutData): void {
  new Function('window', postcheckoutCode(data))(window);
}

/** A server script in the page that never ran (a CSP refused it, or it was never parsed as one). */
function addServerScript(data: PostcheckoutData): void {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.setAttribute(SCRIPT_ATTRIBUTE, 'postcheckout');
  script.textContent = postcheckoutCode(data);
  document.body.append(script);
}

beforeEach(() => {
  resetSentOrders();
  delete (window as FlocktoryWindow).flocktory;
  document.body.innerHTML = '';
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
    expect(queue).toEqual([
      ['addToCart', { id: 'x' }],
      ['postcheckout', order('1')],
    ]);
  });

  it('an order whose inline script ran is not pushed again, whenever the check happens', () => {
    runInline(order('77'));
    addServerScript(order('77'));
    expect(pushPostcheckoutOnce(order('77'))).toBe(false);
    expect(pushes()).toEqual([['postcheckout', order('77')]]);
  });

  it('an order whose server script is in the page but never ran is pushed from JavaScript', () => {
    addServerScript(order('77'));
    expect(wasOrderSent('77')).toBe(false);
    expect(pushPostcheckoutOnce(order('77'))).toBe(true);
    expect(pushes()).toEqual([['postcheckout', order('77')]]);
  });

  it('ids an HTML attribute cannot carry (CR, NUL, lone surrogates) match exactly', () => {
    for (const id of ['a\rb', 'a\r\nb', 'a\0b', 'a\ud800b', '\udfff']) {
      runInline(order(id));
      expect(wasOrderSent(id)).toBe(true);
      expect(pushPostcheckoutOnce(order(id))).toBe(false);
    }
    expect(wasOrderSent('a\nb')).toBe(false);
  });

  it('the page-wide list is the one the inline code writes: window[Symbol.for("flocktory-ssr.sent")]', () => {
    pushPostcheckoutOnce(order('js'));
    runInline(order('inline'));
    expect((window as unknown as Record<symbol, unknown>)[Symbol.for('flocktory-ssr.sent')]).toEqual(['js', 'inline']);
    // The inline code skips what JavaScript pushed.
    runInline(order('js'));
    expect(pushes()).toEqual([
      ['postcheckout', order('js')],
      ['postcheckout', order('inline')],
    ]);
  });

  it('a different payload for an order already sent is reported, not pushed: the first data wins', () => {
    const errors: FlocktoryValidationError[] = [];
    pushPostcheckoutOnce(order('5', 10));
    expect(pushPostcheckoutOnce(order('5', 10), (error) => errors.push(error))).toBe(false);
    expect(errors).toEqual([]);
    expect(pushPostcheckoutOnce(order('5', 99), (error) => errors.push(error))).toBe(false);
    expect(errors.map((error) => error.issues.map((issue) => [issue.path, issue.code, issue.fatal]))).toEqual([
      [['order.id', 'duplicate_order', true]],
    ]);
    expect(pushes()).toEqual([['postcheckout', order('5', 10)]]);
  });

  it('the first data of a server script that ran is compared too; console.error by default', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    runInline(order('6', 10));
    addServerScript(order('6', 10));
    expect(pushPostcheckoutOnce(order('6', 10))).toBe(false);
    expect(log).not.toHaveBeenCalled();
    expect(pushPostcheckoutOnce(order('6', 11))).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toMatch(/order\.id: was pushed on this page already, with other data/);
    log.mockRestore();
  });

  it('window.flocktory clobbered by an element named "flocktory": replaced by a queue, the order delivered', () => {
    for (const markup of ['<img id="flocktory">', '<form name="flocktory"></form>', '<embed name="flocktory">']) {
      resetSentOrders();
      document.body.innerHTML = markup;
      const element = document.body.firstElementChild!;
      (window as FlocktoryWindow).flocktory = element;
      expect(() => pushPostcheckoutOnce(order('9'))).not.toThrow();
      expect(pushes()).toEqual([['postcheckout', order('9')]]);
      delete (window as FlocktoryWindow).flocktory;
    }
  });

  it('never throws into the page: a throwing queue leaves the order unsent, so a later push may retry', () => {
    (window as FlocktoryWindow).flocktory = {
      push() {
        throw new Error('loader broke');
      },
    };
    expect(pushPostcheckoutOnce(order('1'))).toBe(false);
    expect(wasOrderSent('1')).toBe(false);
    const onError = () => {
      throw new Error('handler broke');
    };
    delete (window as FlocktoryWindow).flocktory;
    pushPostcheckoutOnce(order('1'));
    expect(() => pushPostcheckoutOnce(order('1', 2), onError)).not.toThrow();
  });

  it('the list is shared by every copy of the module (one per page)', async () => {
    pushPostcheckoutOnce(order('shared'));
    vi.resetModules();
    const copy = await import('../src/client');
    expect(copy.wasOrderSent('shared')).toBe(true);
    expect(copy.pushPostcheckoutOnce(order('shared'))).toBe(false);
  });

  it('reset forgets every sent order', () => {
    runInline(order('5'));
    resetSentOrders();
    expect(wasOrderSent('5')).toBe(false);
    expect(pushPostcheckoutOnce(order('5'))).toBe(true);
  });
});

describe('dataFromCode', () => {
  // Strings that look like the code's own frame or its escapes must come back unchanged.
  const tricky = ['{', '}', ']);', '["postcheckout",{', '})(', '</script><!--', '\\u003c', '"\'\\', '\u2028\u2029', '\ud800', 'Кеды «Air»'];

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
    const unit = fc.oneof(
      fc.constantFrom(...tricky),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
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
