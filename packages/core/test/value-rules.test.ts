import { describe, expect, it } from 'vitest';
import { Invalid } from '../src/reader';
import { count, flag, flatValue, httpUrl, id, price, sex, text } from '../src/value-rules';

/** What a rule says: the value, "absent", or the issue code. */
function verdict(rule: (value: unknown) => unknown, value: unknown): unknown {
  const read = rule(value);
  if (read === undefined) return 'absent';
  return read instanceof Invalid ? read.code : read;
}

const ABSENT = [null, undefined, '', '   ', '\u00a0\n'];

describe('value rules', () => {
  it.each([
    [text, ' Ivan ', 'Ivan'],
    [text, 12, '12'],
    [text, 10n ** 20n, '100000000000000000000'],
    [text, NaN, 'invalid_type'],
    [text, {}, 'invalid_type'],
    [text, true, 'invalid_type'],
    [text, () => 1, 'not_plain_data'],
    [id, 77, '77'],
    [id, ' SKU-1 ', 'SKU-1'],
    [price, '2 999,00', 2999],
    [price, '1000.00', 1000],
    [price, 0, 0],
    [price, -0, 0],
    [price, -1, 'invalid_price'],
    [price, '1e3', 'invalid_price'],
    [price, '9'.repeat(400), 'invalid_price'],
    [price, 10n, 'invalid_type'],
    [count, '2', 2],
    [count, 3, 3],
    [count, 0, 'invalid_count'],
    [count, 1.5, 'invalid_count'],
    [count, true, 'invalid_count'],
    [httpUrl, 'https://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
    [httpUrl, 'javascript:alert(1)', 'invalid_url'],
    [sex, 'Female', 'f'],
    [sex, 'M', 'm'],
    [sex, 'toString', 'invalid_sex'],
    [flag, true, 'true'],
    [flag, false, 'false'],
    [flag, ' FALSE ', 'false'],
    [flag, 1, 'invalid_boolean'],
    [flag, 'yes', 'invalid_boolean'],
    [flatValue, false, 'false'],
    [flatValue, 12.5, '12.5'],
    [flatValue, { a: 1 }, 'invalid_type'],
  ])('%o reads %o as %o', (rule, value, expected) => {
    expect(verdict(rule, value)).toEqual(expected);
  });

  it.each([text, id, price, count, httpUrl, sex, flag, flatValue])('%o reads null, undefined and blank text as absent', (rule) => {
    for (const value of ABSENT) expect(verdict(rule, value)).toBe('absent');
  });
});
