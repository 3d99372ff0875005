import { describe, expect, it } from 'vitest';
import { buildItemView } from '../src/index';
import { expectOutcome } from './helpers/command';

// From https://flocktory.github.io/en/integration/precheckout/ ("Product ID"): the docs example
// is <div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="123"
// data-fl-item-category-id="1" data-fl-item-vendor="Nike" data-fl-item-available="true">.
const head = [
  ['class', 'i-flocktory'],
  ['data-fl-action', 'track-item-view'],
  ['data-fl-item-id', '123'],
];

describe('buildItemView', () => {
  it('renders the docs example, attributes in its order, with the Latin "category"', () => {
    expect(expectOutcome(buildItemView, { id: '123', categoryId: '1', vendor: 'Nike', available: true }, [])).toEqual([
      ...head,
      ['data-fl-item-category-id', '1'],
      ['data-fl-item-vendor', 'Nike'],
      ['data-fl-item-available', 'true'],
    ]);
  });

  it('leaves out the optional attributes a shop does not support (undefined or not given)', () => {
    expect(expectOutcome(buildItemView, { id: 123 }, [])).toEqual(head);
    expect(expectOutcome(buildItemView, { id: 123, categoryId: undefined, vendor: undefined, available: undefined }, [])).toEqual(head);
  });

  it('renders "" for a supported attribute this product lacks (null or blank)', () => {
    expect(expectOutcome(buildItemView, { id: 123, categoryId: null, vendor: '  ', available: null }, [])).toEqual([
      ...head,
      ['data-fl-item-category-id', ''],
      ['data-fl-item-vendor', ''],
      ['data-fl-item-available', ''],
    ]);
  });

  it('available is "true" or "false"; booleans and those words are accepted', () => {
    const available = (value: unknown) => expectOutcome(buildItemView, { id: 1, available: value }, [])!.at(-1);
    expect(available(false)).toEqual(['data-fl-item-available', 'false']);
    expect(available('TRUE')).toEqual(['data-fl-item-available', 'true']);
  });

  it('a bad optional value is reported and rendered as "" (the attribute is supported), the id is required', () => {
    expect(
      expectOutcome(buildItemView, { id: 1, available: 'yes', vendor: ['Nike'] }, [
        'item.vendor invalid_type dropped',
        'item.available invalid_boolean dropped',
      ]),
    ).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-action', 'track-item-view'],
      ['data-fl-item-id', '1'],
      ['data-fl-item-vendor', ''],
      ['data-fl-item-available', ''],
    ]);
    expectOutcome(buildItemView, { vendor: 'Nike' }, ['item.id required fatal']);
    expectOutcome(buildItemView, { id: 1, сategoryId: 'Cyrillic с' }, ['item["сategoryId"] unknown_key dropped']);
  });
});
