import { describe, expect, it } from 'vitest';
import { minimalInput } from './helpers/build';
import { expectIssues } from './helpers/issues';

const order = () => minimalInput().order;
const user = () => minimalInput().user;

describe('missing required data (both modes)', () => {
  it.each([[undefined], [null]])('input %j', (input) => {
    expectIssues(input, [{ path: '', code: 'required' }]);
  });

  it.each([['a string'], [42], [[]]])('input %j is not an object', (input) => {
    expectIssues(input, [{ path: '', code: 'invalid_type' }]);
  });

  it('an empty object: user and order', () => {
    expectIssues({}, [
      { path: 'user', code: 'required' },
      { path: 'order', code: 'required' },
    ]);
  });

  it('no user', () => expectIssues({ order: order() }, [{ path: 'user', code: 'required' }]));
  it('no order', () => expectIssues({ user: user() }, [{ path: 'order', code: 'required' }]));

  it('no email, phone or id', () => {
    expectIssues({ user: { name: 'Ivan', sex: 'm' }, order: order() }, [{ path: 'user.email', code: 'required' }]);
    expectIssues({ user: { email: '', phone: ' ', id: null }, order: order() }, [{ path: 'user.email', code: 'required' }]);
  });

  it('empty order: id, price and items at once', () => {
    expectIssues({ user: user(), order: {} }, [
      { path: 'order.id', code: 'required' },
      { path: 'order.price', code: 'required' },
      { path: 'order.items', code: 'required' },
    ]);
  });

  it.each([[''], ['   '], [null]])('order.id and order.price %j', (empty) => {
    expectIssues({ user: user(), order: { ...order(), id: empty, price: empty } }, [
      { path: 'order.id', code: 'required' },
      { path: 'order.price', code: 'required' },
    ]);
  });

  it('an item without id, with the exact index in the path', () => {
    expectIssues({ user: user(), order: { ...order(), items: [{ id: 'a' }, { id: 'b' }, { title: 'no id' }] } }, [
      { path: 'order.items[2].id', code: 'required' },
    ]);
  });

  it('every problem of one input at once', () => {
    expectIssues(
      {
        user: { name: 'x' },
        order: { id: '', price: 'abc', items: [{ id: 'a', count: 0 }, null, { id: '' }] },
      },
      [
        { path: 'user.email', code: 'required' },
        { path: 'order.id', code: 'required' },
        { path: 'order.price', code: 'invalid_price' },
        { path: 'order.items[0].count', code: 'invalid_count', fatal: false },
        { path: 'order.items[1]', code: 'required' },
        { path: 'order.items[2].id', code: 'required' },
      ],
    );
  });
});

describe('items', () => {
  it('empty', () => expectIssues({ user: user(), order: { ...order(), items: [] } }, [{ path: 'order.items', code: 'empty_items' }]));

  it.each([[{}], ['sku-1'], [1], [{ 0: { id: 'a' }, length: 1 }]])('not an array: %j', (items) => {
    expectIssues({ user: user(), order: { ...order(), items } }, [{ path: 'order.items', code: 'invalid_type' }]);
  });

  it.each([['sku-1'], [1], [[{ id: 'a' }]]])('an item that is not an object: %j', (item) => {
    expectIssues({ user: user(), order: { ...order(), items: [item] } }, [{ path: 'order.items[0]', code: 'invalid_type' }]);
  });

  it('safe mode never sends a partial basket', () => {
    const safe = expectIssues({ user: user(), order: { ...order(), items: [{ id: 'a' }, { id: null }] } }, [
      { path: 'order.items[1].id', code: 'required' },
    ]);
    expect(safe.snippet).toBeNull();
  });
});
