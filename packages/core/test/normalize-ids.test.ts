import { describe, expect, it } from 'vitest';
import { minimalInput, pushedFor, withItem, withOrder } from './helpers/build';
import { expectIssues } from './helpers/issues';

describe('ids become strings', () => {
  it.each([
    [77, '77'],
    [0, '0'],
    [12345678901234567890n, '12345678901234567890'],
    ['77', '77'],
    ['  A-77  ', 'A-77'],
  ])('order.id %s → %j', (id, sent) => {
    expect(pushedFor(withOrder({ id })).order.id).toBe(sent);
  });

  it.each([
    [777, '777'],
    [9007199254740993n, '9007199254740993'],
    ['SKU 1', 'SKU 1'],
  ])('items[].id %s → %j', (id, sent) => {
    expect(pushedFor(withItem({ id })).order.items[0]!.id).toBe(sent);
  });

  it('custom_field and spot numbers become strings', () => {
    const input = withOrder({ custom_field: 42 }) as Record<string, unknown>;
    const data = pushedFor({ ...input, spot: 7 });
    expect(data.order.custom_field).toBe('42');
    expect(data.spot).toBe('7');
  });
});

describe('numeric ids beyond Number.MAX_SAFE_INTEGER', () => {
  // 9007199254740993 is already 9007199254740992 when it reaches us: two orders would share an id.
  it.each([[2 ** 53], [9007199254740993], [-(2 ** 53)], [1e21]])('order.id %s is fatal, and says to pass a string', (id) => {
    const safe = expectIssues(withOrder({ id }), [{ path: 'order.id', code: 'unsafe_integer' }]);
    expect(safe.reported[0]![0]!.message).toMatch(/string/);
  });

  it('items[].id too', () => {
    expectIssues(withItem({ id: 9007199254740993 }), [{ path: 'order.items[0].id', code: 'unsafe_integer' }]);
  });

  it('a user id too (it becomes the address): dropped, the e-mail is still sent', () => {
    const input = { ...minimalInput(), user: { email: 'a@b.co', id: 2 ** 60 } };
    expectIssues(input, [{ path: 'user.id', code: 'unsafe_integer', fatal: false }]);
  });

  it('the largest safe integer, bigints and strings are exact and accepted', () => {
    expect(pushedFor(withOrder({ id: Number.MAX_SAFE_INTEGER })).order.id).toBe('9007199254740991');
    expect(pushedFor(withOrder({ id: 9007199254740993n })).order.id).toBe('9007199254740993');
    expect(pushedFor(withOrder({ id: '9007199254740993' })).order.id).toBe('9007199254740993');
    expect(pushedFor(withOrder({ id: 1.5 })).order.id).toBe('1.5');
  });
});
