import { describe, expect, it } from 'vitest';
import { pushedFor, withItem, withOrder } from './helpers/build';

// The docs: "Example: 2999,00 or 1000.00. Only value without currency. Without spaces. A dot or a comma."
const prices: [input: number | string, sent: number][] = [
  ['2 999,00', 2999],
  ['1000.00', 1000],
  ['2999,99', 2999.99],
  ['2999,00', 2999],
  ['2999', 2999],
  ['0', 0],
  ['0,5', 0.5],
  ['  1000.50  ', 1000.5],
  ['1 000 000,10', 1000000.1],
  ['2\u00a0999,00', 2999], // no-break space, as Intl.NumberFormat('ru') used to print
  ['2\u202f999,00', 2999], // narrow no-break space, as Intl.NumberFormat('fr'/'ru') prints now
  ['2\u2007999', 2999], // figure space
  [2000, 2000],
  [0, 0],
  [1999.9, 1999.9],
  [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
];

describe('price normalization', () => {
  it.each(prices)('order.price %j is sent as %j', (price, sent) => {
    expect(pushedFor(withOrder({ price })).order.price).toBe(sent);
  });

  it.each(prices)('items[].price %j is sent as %j', (price, sent) => {
    expect(pushedFor(withItem({ id: 'a', price })).order.items[0]!.price).toBe(sent);
  });

  it('accepts what Intl.NumberFormat prints for ru-RU', () => {
    const printed = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2 }).format(1234567.5);
    expect(pushedFor(withOrder({ price: printed })).order.price).toBe(1234567.5);
  });

  it('-0 is 0 in data as in the JSON sent', () => {
    const data = pushedFor(withOrder({ price: -0 }));
    expect(Object.is(data.order.price, 0)).toBe(true);
  });

  it('sends a number, never a string', () => {
    const code = pushedFor(withOrder({ price: '2 999,00' }));
    expect(typeof code.order.price).toBe('number');
  });
});
