/**
 * GA4 events shaped as Google's e-commerce guide shows them (our own values), mapped and then
 * sent: what Flocktory receives is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildPostcheckout } from '../src/index';
import { fromGa4AddToCart, fromGa4Purchase, fromGa4RemoveFromCart, fromGa4ViewItem, fromGa4ViewItemList } from '../src/mappers/index';
import { buildSafe } from './helpers/issues';
import { mapBoth, summary } from './helpers/mapped';
import { runPostcheckout } from './helpers/sandbox';

const buyer = { name: 'Анна Смирнова', email: 'anna@example.ru' };

// dataLayer.push({ event: 'purchase', ecommerce: … }) as GTM's GA4 guide has it.
function purchase() {
  return {
    transaction_id: 'SO-20240117-0042',
    affiliation: 'Online store',
    value: 5230.5,
    tax: 871.75,
    shipping: 350,
    currency: 'RUB',
    coupon: 'WINTER10',
    items: [
      {
        item_id: 'BOOT-41-BLK',
        item_name: 'Зимние ботинки',
        affiliation: 'Online store',
        coupon: 'WINTER10',
        discount: 540,
        index: 0,
        item_brand: 'Северянка',
        item_category: 'Обувь',
        item_category2: 'Зимняя',
        item_variant: 'black',
        price: 4860.5,
        quantity: 1,
      },
      { item_id: 'SOCK-WOOL', item_name: 'Шерстяные носки', item_brand: 'Северянка', item_category: 'Аксессуары', price: 185, quantity: 2 },
    ],
  };
}

describe('fromGa4Purchase', () => {
  it('a documented purchase: Flocktory receives exactly the order, the buyer and each line', () => {
    const { input, issues } = mapBoth((options) => fromGa4Purchase(purchase(), buyer, options));
    expect(issues).toEqual([]);
    const expected = {
      user: { name: 'Анна Смирнова', email: 'anna@example.ru' },
      order: {
        id: 'SO-20240117-0042',
        price: 5230.5,
        items: [
          { id: 'BOOT-41-BLK', title: 'Зимние ботинки', price: 4860.5, count: 1 },
          { id: 'SOCK-WOOL', title: 'Шерстяные носки', price: 185, count: 2 },
        ],
      },
    };
    expect(input).toEqual(expected);
    expect(runPostcheckout(buildPostcheckout(input, { mode: 'strict' })!.code)).toEqual(expected);
  });

  it('an item without quantity counts 1, as GA4 documents; numbers become strings, price strings read as core reads them', () => {
    const ecommerce = { transaction_id: 981, value: '4 860,50', items: [{ item_id: 7731, price: '4860.50' }] };
    const { input, issues } = mapBoth((options) => fromGa4Purchase(ecommerce, { phone: '+7 (912) 345-67-89' }, options));
    expect(issues).toEqual([]);
    expect(input).toEqual({
      user: { email: '79123456789@unknown.email' },
      order: { id: '981', price: 4860.5, items: [{ id: '7731', price: 4860.5, count: 1 }] },
    });
  });

  it('what cannot be mapped is an issue at its path in ecommerce or user, never a guess', () => {
    const ecommerce = {
      currency: 'RUB',
      items: [{ item_name: 'Зимние ботинки', price: 10, quantity: 1 }, { item_id: 'SOCK', price: -5, quantity: 1.5 }, 'SOCK'],
    };
    const { input, issues } = mapBoth((options) => fromGa4Purchase(ecommerce, { name: 'Анна' } as never, options));
    expect(summary(issues)).toEqual([
      { path: 'user.email', code: 'required', fatal: true },
      { path: 'ecommerce.transaction_id', code: 'required', fatal: true },
      { path: 'ecommerce.value', code: 'required', fatal: true },
      { path: 'ecommerce.items[0].item_id', code: 'required', fatal: true },
      { path: 'ecommerce.items[1].price', code: 'invalid_price', fatal: false },
      { path: 'ecommerce.items[1].quantity', code: 'invalid_count', fatal: false },
      { path: 'ecommerce.items[2]', code: 'invalid_type', fatal: true },
    ]);
    // Not the item name as an id, not the items' sum as the total.
    expect(issues[2]!.message).toMatch(/never summed/);
    expect(issues[3]!.message).toMatch(/item_name is never used/);
    // In safe mode the adapters then render nothing: the unmappable item is kept, id-less, not dropped.
    expect(input.order.items).toHaveLength(3);
    expect(buildSafe(input).snippet).toBeNull();
  });

  it('no ecommerce object, or items that are not a list', () => {
    expect(summary(mapBoth((options) => fromGa4Purchase(null, buyer, options)).issues)).toEqual([
      { path: 'ecommerce', code: 'required', fatal: true },
    ]);
    expect(summary(mapBoth((options) => fromGa4Purchase({ transaction_id: 'a', value: 1, items: {} }, buyer, options)).issues)).toEqual([
      { path: 'ecommerce.items', code: 'invalid_type', fatal: true },
    ]);
    expect(summary(mapBoth((options) => fromGa4Purchase({ transaction_id: 'a', value: 1, items: [] }, buyer, options)).issues)).toEqual([
      { path: 'ecommerce.items', code: 'empty_items', fatal: true },
    ]);
  });

  it('an ecommerce object that throws when read: reported in safe mode, thrown in strict, never a crash', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    const { input, issues } = mapBoth((options) => fromGa4Purchase(hostile, buyer, options));
    expect(summary(issues)).toEqual([{ path: '', code: 'unreadable', fatal: true }]);
    expect(input).toEqual({});
  });
});

// gtag('event', 'add_to_cart', { currency, value, items }) as Google's guide has it.
const addToCart = () => ({
  currency: 'RUB',
  value: 370,
  items: [
    {
      item_id: 'SOCK-WOOL',
      item_name: 'Шерстяные носки',
      item_brand: 'Северянка',
      item_category: 'Аксессуары',
      item_variant: 'grey',
      price: 185,
      quantity: 2,
    },
  ],
});

describe('fromGa4AddToCart / fromGa4RemoveFromCart', () => {
  it('each item becomes one cart command input, count being the units added or removed', () => {
    expect(mapBoth((options) => fromGa4AddToCart(addToCart(), options))).toEqual({
      input: [{ id: 'SOCK-WOOL', price: 185, count: 2, brand: 'Северянка', categoryId: 'Аксессуары' }],
      issues: [],
    });
    expect(mapBoth((options) => fromGa4RemoveFromCart(addToCart(), options))).toEqual({
      input: [{ id: 'SOCK-WOOL', count: 2 }],
      issues: [],
    });
  });

  it("an item without quantity adds 1 (GA4's default); an item that cannot be sent is left out and reported, the others go", () => {
    const ecommerce = {
      items: [
        { item_id: 'MUG', price: 450 },
        { item_id: 'CUP', quantity: 0 },
        { item_name: 'Блюдце', quantity: 1 },
        { item_id: 'SPOON', quantity: 3, price: 'free' },
      ],
    };
    const { input, issues } = mapBoth((options) => fromGa4AddToCart(ecommerce, options));
    expect(input).toEqual([
      { id: 'MUG', price: 450, count: 1 },
      { id: 'SPOON', count: 3 },
    ]);
    expect(summary(issues)).toEqual([
      { path: 'ecommerce.items[1].quantity', code: 'invalid_count', fatal: true },
      { path: 'ecommerce.items[2].item_id', code: 'required', fatal: true },
      { path: 'ecommerce.items[3].price', code: 'invalid_price', fatal: false },
    ]);
    // Removal reads only id and quantity: a bad price is none of its business.
    expect(summary(mapBoth((options) => fromGa4RemoveFromCart(ecommerce, options)).issues)).toEqual(summary(issues.slice(0, 2)));
  });
});

describe('fromGa4ViewItem / fromGa4ViewItemList', () => {
  it("view_item: the viewed product's marker input", () => {
    const ecommerce = {
      currency: 'RUB',
      value: 4860.5,
      items: [{ item_id: 'BOOT-41-BLK', item_name: 'Зимние ботинки', item_brand: 'Северянка', item_category: 'Обувь', price: 4860.5 }],
    };
    expect(mapBoth((options) => fromGa4ViewItem(ecommerce, options))).toEqual({
      input: { id: 'BOOT-41-BLK', categoryId: 'Обувь', vendor: 'Северянка' },
      issues: [],
    });
  });

  it('view_item with several items is ambiguous: no product is picked', () => {
    const { input, issues } = mapBoth((options) => fromGa4ViewItem({ items: [{ item_id: 'A' }, { item_id: 'B' }] }, options));
    expect(input).toEqual({});
    expect(summary(issues)).toEqual([{ path: 'ecommerce.items', code: 'ambiguous', fatal: true }]);
    expect(issues[0]!.message).toMatch(/2 entries/);
  });

  it('view_item_list: the category view is its item_list_id, required', () => {
    const list = { item_list_id: 'catalog-obuv', item_list_name: 'Обувь', items: [{ item_id: 'BOOT-41-BLK', index: 0 }] };
    expect(mapBoth((options) => fromGa4ViewItemList(list, options))).toEqual({ input: { id: 'catalog-obuv' }, issues: [] });
    const { input, issues } = mapBoth((options) => fromGa4ViewItemList({ item_list_name: 'Обувь', items: [] }, options));
    expect(input).toEqual({});
    expect(summary(issues)).toEqual([{ path: 'ecommerce.item_list_id', code: 'required', fatal: true }]);
  });
});
