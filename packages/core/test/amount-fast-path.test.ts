import { describe, expect, it } from 'vitest';
import { Invalid } from '../src/reader';
import { count, price } from '../src/value-rules';

/**
 * The general rule for text amounts, written out here as the docs state it (spaces removed; digits
 * grouped in threes by one separator, or plain digits; then maybe a decimal part; one separator
 * before exactly three digits is ambiguous). value-rules.ts reads the most common shapes ("1290",
 * "8999,9") on a faster path: whatever path it takes, it must say what this says.
 */
function generalAmount(text: string): number | null | undefined {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return undefined;
  const match = /^(?:(\d{1,3})([.,])(\d{3}(?:\2\d{3})*)|(\d+))(?:([.,])(\d+))?$/.exec(compact);
  if (!match) return NaN;
  const [, lead, separator, groups, plain, point, decimals] = match;
  if (separator && point === separator) return NaN;
  if (separator ? !point && groups!.length === 3 : decimals?.length === 3) return null;
  const whole = separator ? lead! + groups!.split(separator).join('') : plain!;
  return Number(decimals ? `${whole}.${decimals}` : whole);
}

function expectedPrice(text: string): unknown {
  const amount = generalAmount(text);
  if (amount === null) return 'ambiguous_price';
  if (amount === undefined) return 'absent';
  return amount < Infinity ? amount : 'invalid_price';
}

function expectedCount(text: string): unknown {
  const amount = generalAmount(text);
  if (amount === null) return 'ambiguous_count';
  if (amount === undefined) return 'absent';
  return Number.isSafeInteger(amount) && amount > 0 ? amount : 'invalid_count';
}

function verdict(read: unknown): unknown {
  if (read === undefined) return 'absent';
  return read instanceof Invalid ? read.code : read;
}

/** Every text of up to `length` characters from `alphabet`. */
function* texts(alphabet: string, length: number): Generator<string> {
  yield '';
  let level = [''];
  for (let size = 1; size <= length; size++) {
    const next: string[] = [];
    for (const prefix of level) for (const character of alphabet) next.push(prefix + character);
    yield* next;
    level = next;
  }
}

describe('text amounts: the fast path agrees with the general rule', () => {
  // Digits, both separators, a space and a no-break one, an exponent's e and a sign: every short
  // shape either path may meet.
  const samples = [...texts('019., \u00a0e-', 5), '1'.repeat(400), `${'9'.repeat(400)},5`, '0'.repeat(30), '12.3456', '٣'];

  it('for prices', () => {
    expect(samples.length).toBeGreaterThan(60_000);
    for (const text of samples) expect([text, verdict(price(text))]).toEqual([text, expectedPrice(text)]);
  });

  it('for counts', () => {
    for (const text of samples) expect([text, verdict(count(text))]).toEqual([text, expectedCount(text)]);
  });
});
