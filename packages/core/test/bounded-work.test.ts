/**
 * Input that claims to be huge: the work is bounded by MAX_ITEMS and MAX_ISSUES, not by what
 * `length` says. (No timing assertions: a test that returns at all is the proof; before the bound,
 * a length of 2e7 exhausted the heap after half a minute.)
 */
import { describe, expect, it } from 'vitest';
import { MAX_ISSUES } from '../src/issues';
import { MAX_ITEMS } from '../src/reader';
import { minimalInput, pushedFor, withOrder } from './helpers/build';
import { buildSafe, expectIssues } from './helpers/issues';

const item = (index: number) => ({ id: `sku-${index}`, price: 1, count: 1 });

describe('order.items is bounded', () => {
  it('the limit is documented as 10,000 items, and an order that size is sent', () => {
    expect(MAX_ITEMS).toBe(10_000);
    const items = Array.from({ length: MAX_ITEMS }, (_, index) => item(index));
    expect(pushedFor(withOrder({ items })).order.items).toHaveLength(MAX_ITEMS);
  });

  it('one more item is fatal, too_many_items', () => {
    const items = Array.from({ length: MAX_ITEMS + 1 }, (_, index) => item(index));
    expectIssues(withOrder({ items }), [{ path: 'order.items', code: 'too_many_items' }]);
  });

  it('a sparse array with length 2e7 is refused at once, one issue, not one per hole', () => {
    const items: unknown[] = [item(0)];
    items.length = 2e7;
    const { snippet, reported } = buildSafe(withOrder({ items }));
    expect(snippet).toBeNull();
    expect(reported).toEqual([[expect.objectContaining({ path: 'order.items', code: 'too_many_items', fatal: true })]]);
    expect(reported[0]![0]!.message).toContain('20000000');
  });

  it('a Proxy of an array claiming a huge length is refused without reading its elements', () => {
    let reads = 0;
    const items = new Proxy([item(0)], {
      get(target, key, receiver) {
        if (key === 'length') return 1e9;
        reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expectIssues(withOrder({ items }), [{ path: 'order.items', code: 'too_many_items' }]);
    expect(reads).toBe(0);
  });

  it('a Proxy with a length that is not a positive number is refused, never sent with no items', () => {
    for (const length of ['many', -1, Number.NaN]) {
      const items = new Proxy([item(0)], {
        get: (target, key, receiver) => (key === 'length' ? length : Reflect.get(target, key, receiver)),
      });
      expectIssues(withOrder({ items }), [{ path: 'order.items', code: 'empty_items' }]);
    }
  });
});

describe('issues are bounded', () => {
  it('a sparse array within the limit: the first issues, then one too_many_issues, fatal', () => {
    const items: unknown[] = [];
    items.length = MAX_ITEMS;
    const { snippet, reported } = buildSafe(withOrder({ items }));
    expect(snippet).toBeNull();
    const issues = reported[0]!;
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[0]).toMatchObject({ path: 'order.items[0]', code: 'required', fatal: true });
    expect(issues[MAX_ISSUES]).toMatchObject({ path: '', code: 'too_many_issues', fatal: true });
  });

  it('many dropped fields stay non-fatal: the order is still sent', () => {
    const user = { email: 'a@b.co', ...Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`extra${index}`, index])) };
    const { snippet, reported } = buildSafe({ ...minimalInput(), user });
    expect(snippet).not.toBeNull();
    expect(reported[0]).toHaveLength(MAX_ISSUES + 1);
    expect(reported[0]![MAX_ISSUES]).toMatchObject({ code: 'too_many_issues', fatal: false });
  });

  it('a fatal issue after the cap still makes the whole input fatal', () => {
    const user = { email: 'a@b.co', ...Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`extra${index}`, index])) };
    const { snippet, reported } = buildSafe({ ...minimalInput(), user, order: { ...minimalInput().order, id: '' } });
    expect(snippet).toBeNull();
    expect(reported[0]![MAX_ISSUES]).toMatchObject({ code: 'too_many_issues', fatal: true });
  });
});
