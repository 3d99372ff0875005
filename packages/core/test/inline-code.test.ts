/**
 * The inline code as a page runs it (node:vm, a fresh context whose only global is `window`): once
 * per order id per page view, whatever else the page did before, and never an exception.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CODE_PREFIX, SENT_KEY } from '../src/constants';
import { postcheckoutCode, type PostcheckoutData } from '../src/index';
import { runPushes } from './helpers/sandbox';

function order(id: string, price = 1): PostcheckoutData {
  return { user: { email: 'a@b.co' }, order: { id, price, items: [{ id: 'i' }] } };
}

/** One page: a context with `window` holding `existing` properties; runs each code in turn. */
function page(existing: Record<string, unknown> = {}) {
  const window: Record<string | symbol, unknown> = { ...existing };
  const context = vm.createContext({ window });
  return {
    window,
    run: (code: string) => vm.runInContext(code, context, { timeout: 1000 }),
    sent: () => structuredClone(vm.runInContext('window[Symbol.for("flocktory-ssr.sent")]', context) as unknown),
    queue: () => structuredClone(window.flocktory as unknown),
  };
}

describe('the inline postcheckout code', () => {
  it('records orders in the list the client reads (the key is spelled out in the code)', () => {
    expect(CODE_PREFIX).toContain(`Symbol.for(${JSON.stringify(SENT_KEY)})`);
  });

  it('pushes the order and records its id in the page-wide list', () => {
    const tab = page();
    tab.run(postcheckoutCode(order('77')));
    expect(tab.queue()).toEqual([['postcheckout', order('77')]]);
    expect(tab.sent()).toEqual(['77']);
  });

  it('the same order twice on a page (two scripts, even with other data) pushes once: the first data wins', () => {
    const tab = page();
    tab.run(postcheckoutCode(order('77', 10)));
    tab.run(postcheckoutCode(order('77', 10)));
    tab.run(postcheckoutCode(order('77', 99)));
    tab.run(postcheckoutCode(order('78')));
    expect(tab.queue()).toEqual([
      ['postcheckout', order('77', 10)],
      ['postcheckout', order('78')],
    ]);
    expect(tab.sent()).toEqual(['77', '78']);
  });

  it('skips an order that JavaScript already pushed on this page', () => {
    const tab = page();
    tab.run('window[Symbol.for("flocktory-ssr.sent")] = ["77"]; window.flocktory = [["postcheckout", "from js"]];');
    tab.run(postcheckoutCode(order('77')));
    expect(tab.queue()).toEqual([['postcheckout', 'from js']]);
  });

  it('replaces a window.flocktory that cannot be pushed to (an element named "flocktory"), and still delivers', () => {
    for (const clobbered of [{ tagName: 'IMG' }, { push: 'not a function' }, 0, '', 'flocktory']) {
      const tab = page({ flocktory: clobbered });
      expect(() => tab.run(postcheckoutCode(order('1')))).not.toThrow();
      expect(tab.queue()).toEqual([['postcheckout', order('1')]]);
    }
  });

  it('keeps a queue or a loaded Flocktory object that has push', () => {
    expect(runPushes(postcheckoutCode(order('1')), [['addToCart', {}]])).toEqual([
      ['addToCart', {}],
      ['postcheckout', order('1')],
    ]);
    const tab = page();
    tab.run('window.flocktory = { pushed: [], push: function (entry) { this.pushed.push(entry); } };');
    tab.run(postcheckoutCode(order('1')));
    expect(tab.run('window.flocktory.pushed')).toHaveLength(1);
  });

  it('never throws into the page: a throwing push leaves the order unrecorded', () => {
    const tab = page();
    tab.run('window.flocktory = { push: function () { throw new Error("boom"); } };');
    expect(() => tab.run(postcheckoutCode(order('1')))).not.toThrow();
    expect(tab.sent()).toEqual([]);
    // Nor when the page-wide list is something odd.
    const odd = page();
    odd.run('window[Symbol.for("flocktory-ssr.sent")] = 5;');
    expect(() => odd.run(postcheckoutCode(order('1')))).not.toThrow();
  });

  it('records ids that an HTML attribute could not carry exactly', () => {
    for (const id of ['a\rb', 'a\0b', 'a\ud800b', '\udfff', '</script><script>']) {
      const tab = page();
      tab.run(postcheckoutCode(order(id)));
      tab.run(postcheckoutCode(order(id)));
      expect(tab.sent()).toEqual([id]);
      expect(tab.queue()).toHaveLength(1);
    }
  });

  it('leaves no global behind but window.flocktory and the symbol-keyed list', () => {
    expect(runPushes(postcheckoutCode(order('1')))).toEqual([['postcheckout', order('1')]]);
  });
});
