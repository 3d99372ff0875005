/**
 * buildPostcheckout writes its JSON field by field (postcheckout-json.ts); these check that its
 * bytes are JSON.stringify's, escaped for a script, for any data the reader can return: every
 * optional field present or absent, any string, the numbers shops write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_PREFIX, CODE_SUFFIX } from '../src/constants';
import { jsonText } from '../src/json-text';
import { buildPostcheckout, escapeJsonForScript, postcheckoutCode } from '../src/index';
import { normalizedJson } from '../src/postcheckout-json';
import { HOSTILE_STRINGS } from './helpers/hostile';

const reference = (value: unknown) => escapeJsonForScript(JSON.stringify(value));

const unit = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, '<', '"', '\\', '\u2028', '\u2029', '\ud800', '\udc00', 'Ж', '€'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
);
const anyString = fc.string({ unit, maxLength: 12 });
// The text every field may hold once it was read (blank text is absent, so never sent).
const sentText = anyString.map((text) => text.trim()).filter((text) => text !== '');
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const amount = fc.oneof(
  fc.double({ min: 0, max: 1e21, noNaN: true }),
  fc.constantFrom(0, 1, 13.37, 1299.5, 0.1 + 0.2, 5e-324, 1e21, 2 ** 53 - 1),
);

/** Normalized data as the reader builds it: the schema's order, optional fields absent rather than undefined. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
const item = fc
  .record({ id: sentText, title: maybe(sentText), price: maybe(amount), image: maybe(sentText), count: maybe(fc.integer({ min: 1 })) })
  .map(defined);
const data = fc
  .record({
    user: fc.record({ name: maybe(sentText), email: sentText, sex: maybe(fc.constantFrom('m' as const, 'f' as const)) }).map(defined),
    order: fc
      .record({ id: sentText, price: amount, custom_field: maybe(sentText), items: fc.array(item, { minLength: 1, maxLength: 4 }) })
      .map(defined),
    spot: maybe(sentText),
  })
  .map(defined);

describe('the postcheckout JSON written field by field', () => {
  it('is JSON.stringify escaped for a script, for any normalized data', () => {
    fc.assert(
      fc.property(data, (value) => {
        expect(normalizedJson(value)).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
  });

  it('is JSON.stringify escaped for a script either side of one batch of items (the larger take batches)', () => {
    for (const count of [127, 128, 129, 257]) {
      const items = Array.from({ length: count }, (_, index) => ({
        id: `i${index}`,
        title: `</script>Ж\u2028${index}`,
        price: index / 7,
        count: 1,
      }));
      const value = { user: { email: 'a@b.co' }, order: { id: 'o', price: 1, items } };
      expect(normalizedJson(value)).toBe(reference(value));
    }
  });

  it('jsonText is JSON.stringify escaped for a script, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(jsonText(text)).toBe(reference(text));
      }),
    );
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (jsonText(text) !== reference(text)) expect(jsonText(text)).toBe(reference(text));
    }
  });

  it('gives buildPostcheckout the bytes postcheckoutCode gives its data, every field present', () => {
    const snippet = buildPostcheckout(
      {
        user: { name: ' Ада <b> ', email: 'ada@example.com', sex: 'Female' },
        order: {
          id: 1001,
          price: '2 999,50',
          custom_field: '</script>\u2028',
          items: [{ id: 'a', title: 'Кеды «Air» \ud800', price: 0.1, image: 'https://cdn.example/a.jpg?x="1"', count: '2' }, { id: 'b' }],
        },
        spot: 'thank-you',
      },
      { mode: 'strict' },
    );
    expect(Object.keys(snippet!.data.order.items[0]!)).toEqual(['id', 'title', 'price', 'image', 'count']);
    expect(snippet!.code).toBe(postcheckoutCode(snippet!.data));
    expect(snippet!.code).toBe(CODE_PREFIX + reference(snippet!.data) + CODE_SUFFIX);
  });
});
