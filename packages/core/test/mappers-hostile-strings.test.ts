/**
 * Strings that break hand-written snippets pass through the mappers as plain data: the snippet
 * built from the mapper's output stays one inert script, and what it pushes is exactly the data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPostcheckout } from '../src/index';
import { fromDigitalData, fromGa4AddToCart, fromGa4Purchase, fromUaPurchase } from '../src/mappers/index';
import { expectInertScript } from './helpers/html';
import { HOSTILE_STRINGS, RAW_UNSAFE } from './helpers/hostile';
import { mapBoth } from './helpers/mapped';
import { runPostcheckout } from './helpers/sandbox';

/** Each format's purchase with `text` in every text field it maps. */
function purchases(text: string) {
  const user = { name: text, email: 'buyer@example.com' };
  return {
    ga4: () =>
      mapBoth((options) =>
        fromGa4Purchase(
          { transaction_id: text, value: 10, items: [{ item_id: text, item_name: text, price: 10, quantity: 1, item_brand: text }] },
          user,
          options,
        ),
      ),
    ua: () =>
      mapBoth((options) =>
        fromUaPurchase(
          {
            purchase: {
              actionField: { id: text, revenue: 10 },
              products: [{ id: text, name: text, price: 10, quantity: 1, category: text }],
            },
          },
          user,
          options,
        ),
      ),
    digitalData: () =>
      mapBoth((options) =>
        fromDigitalData(
          {
            user: { fullName: text, email: 'buyer@example.com' },
            transaction: {
              orderId: text,
              total: 10,
              lineItems: [{ product: { id: text, name: text, unitSalePrice: 10, manufacturer: text }, quantity: 1 }],
            },
          },
          options,
        ),
      ),
  };
}

function expectSentAsData(text: string) {
  for (const [format, map] of Object.entries(purchases(text))) {
    const { input, issues } = map();
    expect(issues, format).toEqual([]);
    const expected = {
      user: { name: text, email: 'buyer@example.com' },
      order: { id: text, price: 10, items: [{ id: text, title: text, price: 10, count: 1 }] },
    };
    expect(input, format).toEqual(expected);
    const snippet = buildPostcheckout(input, { mode: 'strict' })!;
    expect(snippet.code).not.toMatch(RAW_UNSAFE);
    expectInertScript(snippet.code);
    expect(runPostcheckout(snippet.code), format).toEqual(expected);
  }
}

describe.each(HOSTILE_STRINGS.map((hostile) => [JSON.stringify(hostile), hostile]))('hostile string %s', (_label, hostile) => {
  // Surrounded, so trimming keeps the hostile part.
  const text = `a${hostile}z`;

  it('in every mapped text field of each format: one inert script that pushes exactly the data', () => {
    expectSentAsData(text);
  });

  it('in a cart item: the command input carries it unchanged', () => {
    const { input } = mapBoth((options) =>
      fromGa4AddToCart({ items: [{ item_id: text, item_brand: text, item_category: text, quantity: 1 }] }, options),
    );
    expect(input).toEqual([{ id: text, count: 1, brand: text, categoryId: text }]);
  });
});

it('any string: mapped, sent, and pushed back unchanged', () => {
  const unit = fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  );
  fc.assert(
    fc.property(fc.string({ unit, minLength: 1, maxLength: 10 }), (body) => expectSentAsData(`a${body}z`)),
    { numRuns: 100 },
  );
});
