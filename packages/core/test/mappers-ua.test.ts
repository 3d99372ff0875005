/**
 * Universal Analytics' enhanced e-commerce objects shaped as Yandex Metrica's "Transmitting
 * E-commerce data" shows them (our own values), mapped and then sent.
 */
import { describe, expect, it } from 'vitest';
import { buildPostcheckout } from '../src/index';
import { fromUaAdd, fromUaDetail, fromUaPurchase, fromUaRemove } from '../src/mappers/index';
import { buildSafe } from './helpers/issues';
import { mapBoth, summary } from './helpers/mapped';
import { runPostcheckout } from './helpers/sandbox';

const buyer = { name: 'Пётр Иванов', email: 'petr@example.ru' };

const kettle = {
  id: 'KETTLE-12',
  name: 'Чайник электрический',
  price: 2390,
  brand: 'Теплоход',
  category: 'Техника/Кухня/Чайники',
  variant: 'белый',
  quantity: 1,
  list: 'Выдача категории',
  position: 2,
};
const filter = { id: 'FILTER-3', name: 'Фильтр для воды', price: 150, brand: 'Теплоход', category: 'Техника/Кухня/Фильтры', quantity: 2 };

// window.dataLayer.push({ ecommerce: { currencyCode, purchase: { actionField, products } } })
const purchase = (actionField: Record<string, unknown>, products: unknown[] = [kettle, filter]) => ({
  currencyCode: 'RUB',
  purchase: { actionField, products },
});

describe('fromUaPurchase', () => {
  it('a documented purchase: Flocktory receives exactly the order, the buyer and each product', () => {
    const ecommerce = purchase({ id: 'TRX-7781', affiliation: 'Магазин на Ленина', revenue: 2690, coupon: 'SPRING', goal_id: 3456 });
    const { input, issues } = mapBoth((options) => fromUaPurchase(ecommerce, buyer, options));
    expect(issues).toEqual([]);
    const expected = {
      user: { name: 'Пётр Иванов', email: 'petr@example.ru' },
      order: {
        id: 'TRX-7781',
        price: 2690,
        items: [
          { id: 'KETTLE-12', title: 'Чайник электрический', price: 2390, count: 1 },
          { id: 'FILTER-3', title: 'Фильтр для воды', price: 150, count: 2 },
        ],
      },
    };
    expect(input).toEqual(expected);
    expect(runPostcheckout(buildPostcheckout(input, { mode: 'strict' })!.code)).toEqual(expected);
  });

  it("no revenue: the sum of price × quantity, as Google's reference defines it, in the prices' own decimals", () => {
    const { input, issues } = mapBoth((options) =>
      fromUaPurchase(
        purchase({ id: 'TRX-1' }, [
          { id: 'A', price: 0.1, quantity: 1 },
          { id: 'B', price: '0,2', quantity: '1' },
          { id: 'C', price: 19.99, quantity: 3 },
        ]),
        buyer,
        options,
      ),
    );
    expect(issues).toEqual([]);
    expect(input.order.price).toBe(60.27);
  });

  it('no revenue and a product without quantity: nothing to sum, so an issue, not a guess', () => {
    const { input, issues } = mapBoth((options) =>
      fromUaPurchase(
        purchase({ id: 'TRX-1' }, [
          { id: 'A', price: 10 },
          { id: 'B', price: 5, quantity: 1 },
        ]),
        buyer,
        options,
      ),
    );
    expect(summary(issues)).toEqual([{ path: 'ecommerce.purchase.actionField.revenue', code: 'required', fatal: true }]);
    expect(issues[0]!.message).toMatch(/price and a quantity on every product/);
    // With a revenue, a missing quantity is just left out (Flocktory's item count is optional).
    const withRevenue = mapBoth((options) =>
      fromUaPurchase(
        purchase({ id: 'TRX-1', revenue: 15 }, [
          { id: 'A', price: 10 },
          { id: 'B', price: 5, quantity: 1 },
        ]),
        buyer,
        options,
      ),
    );
    expect(withRevenue.issues).toEqual([]);
    expect(withRevenue.input.order.items).toEqual([
      { id: 'A', price: 10 },
      { id: 'B', price: 5, count: 1 },
    ]);
    expect(buildSafe(input).snippet).toBeNull();
  });

  it('issues at their path in ecommerce: missing actionField, a product known only by name', () => {
    expect(summary(mapBoth((options) => fromUaPurchase({ purchase: { products: [kettle] } }, buyer, options)).issues)).toEqual([
      { path: 'ecommerce.purchase.actionField', code: 'required', fatal: true },
    ]);
    const { issues } = mapBoth((options) =>
      fromUaPurchase(purchase({ id: 'T', revenue: 1 }, [{ name: 'Чайник', price: 1, quantity: 1 }]), buyer, options),
    );
    expect(summary(issues)).toEqual([{ path: 'ecommerce.purchase.products[0].id', code: 'required', fatal: true }]);
    expect(issues[0]!.message).toMatch(/name is never used/);
    expect(summary(mapBoth((options) => fromUaPurchase({ currencyCode: 'RUB' }, buyer, options)).issues)).toEqual([
      { path: 'ecommerce.purchase', code: 'required', fatal: true },
    ]);
  });
});

describe('fromUaAdd / fromUaRemove / fromUaDetail', () => {
  it('add and remove: one cart command input per product', () => {
    const add = { currencyCode: 'RUB', add: { products: [{ ...kettle }] } };
    expect(mapBoth((options) => fromUaAdd(add, options))).toEqual({
      input: [{ id: 'KETTLE-12', price: 2390, count: 1, brand: 'Теплоход', categoryId: 'Техника/Кухня/Чайники' }],
      issues: [],
    });
    const remove = { currencyCode: 'RUB', remove: { products: [{ id: 'FILTER-3', name: 'Фильтр для воды', quantity: 2 }] } };
    expect(mapBoth((options) => fromUaRemove(remove, options))).toEqual({ input: [{ id: 'FILTER-3', count: 2 }], issues: [] });
  });

  it('a product without quantity is not added: this format documents no default, and 1 would be a guess', () => {
    const add = { add: { products: [{ id: 'KETTLE-12', price: 2390 }, filter] } };
    const { input, issues } = mapBoth((options) => fromUaAdd(add, options));
    expect(input).toEqual([{ id: 'FILTER-3', price: 150, count: 2, brand: 'Теплоход', categoryId: 'Техника/Кухня/Фильтры' }]);
    expect(summary(issues)).toEqual([{ path: 'ecommerce.add.products[0].quantity', code: 'required', fatal: true }]);
    expect(summary(mapBoth((options) => fromUaRemove({ remove: { products: [{ id: 'X' }] } }, options)).issues)).toEqual([
      { path: 'ecommerce.remove.products[0].quantity', code: 'required', fatal: true },
    ]);
  });

  it("detail: the viewed product's marker input; several products are ambiguous", () => {
    const detail = {
      currencyCode: 'RUB',
      detail: {
        products: [
          {
            id: 'KETTLE-12',
            name: 'Чайник электрический',
            price: 2390,
            brand: 'Теплоход',
            category: 'Техника/Кухня/Чайники',
            variant: 'белый',
          },
        ],
      },
    };
    expect(mapBoth((options) => fromUaDetail(detail, options))).toEqual({
      input: { id: 'KETTLE-12', categoryId: 'Техника/Кухня/Чайники', vendor: 'Теплоход' },
      issues: [],
    });
    expect(summary(mapBoth((options) => fromUaDetail({ detail: { products: [kettle, filter] } }, options)).issues)).toEqual([
      { path: 'ecommerce.detail.products', code: 'ambiguous', fatal: true },
    ]);
  });
});
