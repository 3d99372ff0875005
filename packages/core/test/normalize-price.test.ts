import { describe, expect, it } from 'vitest';
import { pushedFor, withItem, withOrder } from './helpers/build';
import { expectIssues } from './helpers/issues';

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
  // One separator before 1–2 digits, or 4 and more, is the decimal separator.
  ['1,5', 1.5],
  ['1000,0', 1000],
  ['12.3456', 12.3456],
  // Grouping in threes with one separator, then a decimal part with the other: unambiguous.
  ['1,234.56', 1234.56],
  ['1.234,56', 1234.56],
  ['12,345,678.9', 12345678.9],
  ['1,000.00', 1000],
  // Several groups of three with the same separator: thousands.
  ['1,000,000', 1000000],
  ['1.000.000', 1000000],
];

// One `.` or `,` before exactly three digits: thousands ("1,000" = 1000) or decimals (1.000 = 1)?
const ambiguous = ['1,000', '1.000', '12.500', '999,999', '1234.567', '0.500', '2 999.500'];

describe('price normalization', () => {
  it.each(prices)('order.price %j is sent as %j', (price, sent) => {
    expect(pushedFor(withOrder({ price })).order.price).toBe(sent);
  });

  it.each(prices)('items[].price %j is sent as %j', (price, sent) => {
    expect(pushedFor(withItem({ id: 'a', price })).order.items[0]!.price).toBe(sent);
  });

  it.each(ambiguous)('order.price %j is ambiguous: fatal, never read as a decimal', (price) => {
    expectIssues(withOrder({ price }), [{ path: 'order.price', code: 'ambiguous_price' }]);
  });

  it.each(ambiguous)('items[].price %j is ambiguous: dropped and reported', (price) => {
    const safe = expectIssues(withItem({ id: 'a', price }), [{ path: 'order.items[0].price', code: 'ambiguous_price', fatal: false }]);
    expect(safe.snippet!.data.order.items[0]).toEqual({ id: 'a' });
  });

  it('counts are read by the same rule', () => {
    for (const [count, sent] of [
      ['1 000', 1000],
      ['1,000,000', 1000000],
      ['1.000.000', 1000000],
      ['2', 2],
      ['2,0', 2],
    ] as const) {
      expect(pushedFor(withItem({ id: 'a', count })).order.items[0]!.count).toBe(sent);
    }
    for (const count of ['1,000', '1.000', '12.500']) {
      const safe = expectIssues(withItem({ id: 'a', count }), [{ path: 'order.items[0].count', code: 'ambiguous_count', fatal: false }]);
      expect(safe.snippet!.data.order.items[0]).toEqual({ id: 'a' });
    }
  });

  it('stays linear on long strings', () => {
    // A backtracking pattern would take seconds here; this returns at once.
    expectIssues(withOrder({ price: '1,000'.repeat(20_000) + 'x' }), [{ path: 'order.price', code: 'invalid_price' }]);
    expectIssues(withOrder({ price: '1'.repeat(100_000) + ',' }), [{ path: 'order.price', code: 'invalid_price' }]);
  });

  it('accepts what Intl.NumberFormat prints for en-US and de-DE', () => {
    for (const locale of ['en-US', 'de-DE']) {
      const printed = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(1234567.5);
      expect(pushedFor(withOrder({ price: printed })).order.price).toBe(1234567.5);
    }
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
