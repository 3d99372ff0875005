/**
 * Orders with more items than one serialization batch (128): `postcheckoutCode` stringifies them
 * in batches and puts them back where `"items":0` stands. The bytes must be exactly those of one
 * JSON.stringify of the whole data, escaped, whatever the strings hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_PREFIX, CODE_SUFFIX } from '../src/constants';
import { buildPostcheckout, escapeJsonForScript, postcheckoutCode, type PostcheckoutData } from '../src/index';
import { expectInertScript } from './helpers/html';
import { HOSTILE_STRINGS, RAW_UNSAFE } from './helpers/hostile';
import { runPostcheckout } from './helpers/sandbox';

/** What the code must be: one JSON.stringify of everything, escaped. */
const reference = (data: PostcheckoutData) => CODE_PREFIX + escapeJsonForScript(JSON.stringify(data)) + CODE_SUFFIX;

// Strings that look like the marker or break naive splicing, next to the usual attacks.
const TRICKY = ['"items":0', '\\"items\\":0', 'items', '],"items":[', '\\', ...HOSTILE_STRINGS];

function order(count: number, text: (index: number) => string, customField?: string): PostcheckoutData {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `id-${index}-${text(index)}`,
    title: text(index + 1),
    price: index,
    count: 1,
  }));
  const base = { id: text(0), price: 10, items };
  return {
    user: { name: text(2), email: 'a@b.co' },
    order: customField === undefined ? base : { ...base, custom_field: customField },
    spot: text(3),
  };
}

describe('postcheckoutCode on orders larger than one batch', () => {
  it.each([127, 128, 129, 256, 257, 1000])('%i items: the same bytes as one JSON.stringify, inert, pushes the data', (count) => {
    const data = order(count, (index) => TRICKY[index % TRICKY.length]!, '"items":0');
    const code = postcheckoutCode(data);
    expect(code).toBe(reference(data));
    expect(code).not.toMatch(RAW_UNSAFE);
    expectInertScript(code);
    expect(runPostcheckout(code)).toEqual(data);
  });

  it('buildPostcheckout gives the same bytes for a 300-item order read from input', () => {
    const input = order(300, (index) => TRICKY[index % TRICKY.length]!);
    const snippet = buildPostcheckout(input, { mode: 'strict' })!;
    expect(snippet.code).toBe(reference(snippet.data));
    expect(snippet.data.order.items).toHaveLength(300);
  });

  it('any strings in every field of a 130-item order give the reference bytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { minLength: 4, maxLength: 8 }),
        fc.option(fc.string({ unit: 'binary' })),
        (texts, customField) => {
          const data = order(130, (index) => texts[index % texts.length]!, customField ?? undefined);
          expect(postcheckoutCode(data)).toBe(reference(data));
        },
      ),
      { numRuns: 200 },
    );
  });
});
