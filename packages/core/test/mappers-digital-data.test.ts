/** A `digitalData` layer and its e-commerce events (our own values), mapped and then sent. */
import { describe, expect, it } from 'vitest';
import { buildPostcheckout } from '../src/index';
import {
  fromDigitalData,
  fromDigitalDataAddedProduct,
  fromDigitalDataRemovedProduct,
  fromDigitalDataViewedProductDetail,
  fromDigitalDataViewedProductListing,
} from '../src/mappers/index';
import { mapBoth, summary } from './helpers/mapped';
import { runPostcheckout } from './helpers/sandbox';

const lamp = {
  id: 'LAMP-7',
  name: 'Настольная лампа',
  url: 'https://shop.example/lamp-7',
  imageUrl: 'https://cdn.example/lamp-7.jpg',
  categoryId: '118',
  category: ['Свет', 'Настольные'],
  manufacturer: 'Луч',
  unitPrice: 2100,
  unitSalePrice: 1890,
  currency: 'RUB',
};

function digitalData() {
  return {
    page: { type: 'confirmation' },
    user: {
      userId: 'u-5521',
      email: 'olga@example.ru',
      phone: '+7 903 111-22-33',
      firstName: 'Ольга',
      lastName: 'Кузнецова',
      isLoggedIn: true,
    },
    transaction: {
      orderId: 'A-3310',
      currency: 'RUB',
      subtotal: 3780,
      shippingCost: 300,
      total: 4080,
      lineItems: [{ product: lamp, quantity: 2, subtotal: 3780 }],
    },
    events: [],
  };
}

describe('fromDigitalData', () => {
  it('user and transaction: Flocktory receives exactly the order, the buyer and each line', () => {
    const { input, issues } = mapBoth((options) => fromDigitalData(digitalData(), options));
    expect(issues).toEqual([]);
    const expected = {
      user: { name: 'Ольга Кузнецова', email: 'olga@example.ru' },
      order: {
        id: 'A-3310',
        price: 4080,
        items: [{ id: 'LAMP-7', title: 'Настольная лампа', price: 1890, image: 'https://cdn.example/lamp-7.jpg', count: 2 }],
      },
    };
    expect(input).toEqual(expected);
    expect(runPostcheckout(buildPostcheckout(input, { mode: 'strict' })!.code)).toEqual(expected);
  });

  it("fullName wins over first and last name; no email: the phone, then the userId, as Flocktory's fallbacks", () => {
    const data = digitalData();
    data.user = { userId: 'u-5521', fullName: 'Ольга К.', firstName: 'Ольга', phone: '+7 903 111-22-33' } as never;
    expect(mapBoth((options) => fromDigitalData(data, options)).input.user).toEqual({
      name: 'Ольга К.',
      email: '79031112233@unknown.email',
    });
    data.user = { userId: 'u-5521', lastName: 'Кузнецова' } as never;
    expect(mapBoth((options) => fromDigitalData(data, options)).input.user).toEqual({ name: 'Кузнецова', email: 'u-5521@unknown.email' });
  });

  it('issues name the digitalData path: no way to reach the buyer, a bad e-mail, a line without product, no unitSalePrice', () => {
    const data = digitalData();
    data.user = { firstName: 'Ольга' } as never;
    data.transaction.lineItems = [
      { quantity: 1 } as never,
      { product: { ...lamp, unitSalePrice: undefined, imageUrl: 'lamp.jpg' } as never, quantity: 1, subtotal: 0 },
    ];
    const { input, issues } = mapBoth((options) => fromDigitalData(data, options));
    expect(summary(issues)).toEqual([
      { path: 'digitalData.user.email', code: 'required', fatal: true },
      { path: 'digitalData.transaction.lineItems[0].product', code: 'required', fatal: true },
      { path: 'digitalData.transaction.lineItems[1].product.imageUrl', code: 'invalid_url', fatal: false },
    ]);
    expect(issues[0]!.message).toBe('required (or digitalData.user.phone or digitalData.user.userId)');
    // unitPrice (before discounts) never stands in for unitSalePrice.
    expect(input.order.items[1]).toEqual({ id: 'LAMP-7', title: 'Настольная лампа', count: 1 });

    data.user = { email: 'olga at example', userId: 'u 1' } as never;
    expect(summary(mapBoth((options) => fromDigitalData(data, options)).issues).slice(0, 2)).toEqual([
      { path: 'digitalData.user.email', code: 'invalid_email', fatal: true },
      { path: 'digitalData.user.userId', code: 'invalid_user_id', fatal: false },
    ]);
  });

  it('no transaction or user at all', () => {
    expect(summary(mapBoth((options) => fromDigitalData({ page: {} }, options)).issues)).toEqual([
      { path: 'digitalData.user', code: 'required', fatal: true },
      { path: 'digitalData.transaction', code: 'required', fatal: true },
    ]);
  });
});

describe('digitalData events', () => {
  it('"Added Product" / "Removed Product": the product with the event\'s quantity', () => {
    const added = { category: 'Ecommerce', name: 'Added Product', product: lamp, quantity: 1 };
    expect(mapBoth((options) => fromDigitalDataAddedProduct(added, options))).toEqual({
      input: [{ id: 'LAMP-7', price: 1890, count: 1, brand: 'Луч', categoryId: '118' }],
      issues: [],
    });
    const removed = { category: 'Ecommerce', name: 'Removed Product', product: lamp, quantity: 2 };
    expect(mapBoth((options) => fromDigitalDataRemovedProduct(removed, options))).toEqual({
      input: [{ id: 'LAMP-7', count: 2 }],
      issues: [],
    });
  });

  it('no quantity: nothing is sent and the event says why (no documented default)', () => {
    const { input, issues } = mapBoth((options) => fromDigitalDataAddedProduct({ name: 'Added Product', product: lamp }, options));
    expect(input).toEqual([]);
    expect(summary(issues)).toEqual([{ path: 'event.quantity', code: 'required', fatal: true }]);
  });

  it('"Viewed Product Detail" and "Viewed Product Listing" (or the page\'s digitalData.product / .listing)', () => {
    expect(mapBoth((options) => fromDigitalDataViewedProductDetail({ name: 'Viewed Product Detail', product: lamp }, options))).toEqual({
      input: { id: 'LAMP-7', categoryId: '118', vendor: 'Луч' },
      issues: [],
    });
    const listing = { categoryId: '118', listName: 'Настольные лампы', items: [lamp] };
    expect(mapBoth((options) => fromDigitalDataViewedProductListing({ name: 'Viewed Product Listing', listing }, options))).toEqual({
      input: { id: '118' },
      issues: [],
    });
    expect(summary(mapBoth((options) => fromDigitalDataViewedProductListing({ listing: { listName: 'x' } }, options)).issues)).toEqual([
      { path: 'event.listing.categoryId', code: 'required', fatal: true },
    ]);
  });
});
