import { describe, expect, it } from 'vitest';
import {
  buildCategoryView,
  buildExchange,
  buildItemView,
  buildUpdateCart,
  buildUser,
  isStringifiedMissingValue,
  normalizePostcheckout,
} from '../src/index';
import { Invalid } from '../src/reader';
import { flag, flatValue, httpUrl, id, sex, text } from '../src/value-rules';
import { minimalInput, withItem, withOrder } from './helpers/build';
import { expectOutcome, lines } from './helpers/command';
import { expectIssues } from './helpers/issues';

// What String() and template literals write for a missing value: `${undefined}`, String(null),
// String(NaN), String({}). A shop that stringifies before checking sends these as data.
const ARTEFACTS = ['undefined', 'null', 'NaN', '[object Object]'];

describe('isStringifiedMissingValue', () => {
  it.each([...ARTEFACTS, ' undefined ', '\tnull\n', String(undefined), `${null}`, String(Number.NaN), String({})])(
    '%j is a stringified missing value',
    (value) => {
      expect(isStringifiedMissingValue(value)).toBe(true);
    },
  );

  // Real names and brands (Nestlé's NAN, a person called Nan or Nil) and other letter cases are data.
  it.each([
    'NAN',
    'Nan',
    'nan',
    'Null',
    'NULL',
    'Undefined',
    'none',
    'None',
    'nil',
    'Nil',
    '[object object]',
    'undefined1',
    'null null',
    '',
  ])('%j is data (or blank), not a stringified missing value', (value) => {
    expect(isStringifiedMissingValue(value)).toBe(false);
  });
});

describe('every text rule refuses them as placeholder', () => {
  const verdict = (rule: (value: unknown) => unknown, value: unknown) => {
    const read = rule(value);
    return read instanceof Invalid ? read.code : read;
  };

  it.each([text, id, httpUrl, sex, flag, flatValue])('%o', (rule) => {
    for (const value of [...ARTEFACTS, '  null  ']) expect(verdict(rule, value)).toBe('placeholder');
  });

  it('the real values next to them still pass', () => {
    expect(verdict(text, 'NAN')).toBe('NAN');
    expect(verdict(id, 'null-1')).toBe('null-1');
    expect(verdict(text, 'None')).toBe('None');
  });
});

describe('postcheckout', () => {
  it("the tester's order: nothing is sent, and each artefact is named", () => {
    const { data, issues } = normalizePostcheckout({
      user: { email: 'a@b.co', name: 'undefined' },
      order: { id: 'undefined', price: 1, items: [{ id: '[object Object]', title: 'undefined' }] },
    });
    expect(data).toBeUndefined();
    expect(lines(issues)).toEqual([
      'user.name placeholder dropped',
      'order.id placeholder fatal',
      'order.items[0].id placeholder fatal',
      'order.items[0].title placeholder dropped',
    ]);
  });

  it('the message names what was received and what is accepted', () => {
    const { issues } = normalizePostcheckout(withOrder({ id: ' undefined ' }));
    expect(issues[0]!.message).toBe('placeholder: expected a real value, not String() of a missing one (received " undefined ")');
  });

  it.each(ARTEFACTS)('required ids %j are fatal', (value) => {
    expectIssues(withOrder({ id: value }), [{ path: 'order.id', code: 'placeholder' }]);
    expectIssues(withItem({ id: value }), [{ path: 'order.items[0].id', code: 'placeholder' }]);
  });

  it.each(ARTEFACTS)('optional text %j is dropped, the rest is sent', (value) => {
    const input = minimalInput();
    const safe = expectIssues(
      {
        user: { ...input.user, name: value, sex: value },
        order: { ...input.order, custom_field: value, items: [{ id: 'sku-1', title: value, image: value }] },
        spot: value,
      },
      [
        { path: 'user.name', code: 'placeholder', fatal: false },
        { path: 'user.sex', code: 'placeholder', fatal: false },
        { path: 'order.custom_field', code: 'placeholder', fatal: false },
        { path: 'order.items[0].title', code: 'placeholder', fatal: false },
        { path: 'order.items[0].image', code: 'placeholder', fatal: false },
        { path: 'spot', code: 'placeholder', fatal: false },
      ],
    );
    expect(safe.snippet!.data).toEqual(minimalInput());
  });

  it('an e-mail that is an artefact: the phone fallback is used; with none, nothing is sent', () => {
    const order = minimalInput().order;
    const safe = expectIssues({ user: { email: 'undefined', phone: '+7 999 888-77-66' }, order }, [
      { path: 'user.email', code: 'placeholder', fatal: false },
    ]);
    expect(safe.snippet!.data.user.email).toBe('79998887766@unknown.email');
    expectIssues({ user: { email: 'null', id: 'undefined' }, order }, [
      { path: 'user.email', code: 'placeholder', fatal: false },
      { path: 'user.id', code: 'placeholder', fatal: false },
      { path: 'user.email', code: 'required' },
    ]);
  });
});

describe('markers and the cart', () => {
  it('a product id "undefined" renders no marker; a vendor "null" is rendered "" and reported', () => {
    expectOutcome(buildItemView, { id: String(undefined) }, ['item.id placeholder fatal']);
    expect(
      expectOutcome(buildItemView, { id: 1, vendor: 'null', categoryId: 'NaN' }, [
        'item.categoryId placeholder dropped',
        'item.vendor placeholder dropped',
      ]),
    ).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-action', 'track-item-view'],
      ['data-fl-item-id', '1'],
      ['data-fl-item-category-id', ''],
      ['data-fl-item-vendor', ''],
    ]);
  });

  it('category, user, exchange and cart ids and names', () => {
    expectOutcome(buildCategoryView, { id: '[object Object]' }, ['category.id placeholder fatal']);
    expectOutcome(buildUser, { email: 'a@b.co', name: 'undefined' }, ['user.name placeholder dropped']);
    expectOutcome(buildExchange, { spot: 'undefined' }, ['spot placeholder dropped']);
    expectOutcome(buildUpdateCart, [{ id: 'undefined', price: 1, count: 1 }], ['cart.items[0].id placeholder fatal']);
  });
});
