import { describe, expect, it } from 'vitest';
import { pushedFor, withItem, withOrder } from './helpers/build';

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
