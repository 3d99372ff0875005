// @vitest-environment happy-dom
/**
 * The rules that close silent data errors (ambiguous thousands separators, number ids beyond 2^53,
 * invisible characters in e-mails) and the bounds on hostile lists hold for every command, not
 * only postcheckout: they live in the one reader's value rules.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addToCart, removeFromCart, updateCart, type FlocktoryValidationError } from '../src/client';
import { MAX_ISSUES } from '../src/issues';
import { buildCategoryView, buildExchange, buildItemView, buildUpdateCart, buildUser } from '../src/index';
import { fromGa4AddToCart, fromUaPurchase } from '../src/mappers/index';
import { MAX_ITEMS } from '../src/reader';
import { expectOutcome, lines } from './helpers/command';

const line = (index: number) => ({ id: `sku-${index}`, price: 1, count: 1 });

beforeEach(() => {
  delete (window as { flocktory?: unknown }).flocktory;
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('flocktory-ssr.cart')];
});

describe('ambiguous amounts', () => {
  it('updateCart lines: "1,000" is neither 1 nor 1000, so the cart is not sent', () => {
    expectOutcome(buildUpdateCart, [{ id: 'a', price: '1,000', count: 1 }], ['cart.items[0].price ambiguous_price fatal']);
    expectOutcome(buildUpdateCart, [{ id: 'a', price: 1, count: '1.000' }], ['cart.items[0].count ambiguous_count fatal']);
  });

  it('updateCart lines: grouped or with decimals after the other separator, they are read', () => {
    const snippet = expectOutcome(buildUpdateCart, [{ id: 'a', price: '1,234.56', count: '1 000' }], []);
    expect(snippet!.data.cart.items).toEqual([{ id: 'a', price: 1234.56, count: 1000 }]);
  });

  it('addToCart: an ambiguous count is not pushed, an ambiguous price is dropped and reported', () => {
    const onError = vi.fn<(error: FlocktoryValidationError) => void>();
    expect(addToCart({ id: 'a', count: '1,000' }, { onError })).toBe(false);
    expect(addToCart({ id: 'a', price: '2.500', count: 1 }, { onError })).toBe(true);
    expect(onError.mock.calls.map(([error]) => lines(error.issues))).toEqual([
      ['item.count ambiguous_count fatal'],
      ['item.price ambiguous_price dropped'],
    ]);
    expect((window as { flocktory?: unknown }).flocktory).toEqual([['addToCart', { item: { id: 'a', count: 1 } }]]);
  });
});

describe('number ids beyond 2^53', () => {
  it('are refused in markers, cart events and cart lines; bigints and strings are exact', () => {
    expectOutcome(buildCategoryView, { id: 2 ** 60 }, ['category.id unsafe_integer fatal']);
    expectOutcome(buildItemView, { id: 9007199254740993 }, ['item.id unsafe_integer fatal']);
    expectOutcome(buildItemView, { id: '1', categoryId: 2 ** 60 }, ['item.categoryId unsafe_integer dropped']);
    expectOutcome(buildUpdateCart, [{ id: 2 ** 53, price: 1, count: 1 }], ['cart.items[0].id unsafe_integer fatal']);
    const onError = vi.fn<(error: FlocktoryValidationError) => void>();
    expect(removeFromCart({ id: 2 ** 60, count: 1 }, { onError })).toBe(false);
    expect(lines(onError.mock.calls[0]![0].issues)).toEqual(['item.id unsafe_integer fatal']);
    expect(expectOutcome(buildCategoryView, { id: 9007199254740993n }, [])).toContainEqual(['data-fl-category-id', '9007199254740993']);
  });
});

describe('e-mails with invisible characters', () => {
  it('are malformed on the user and Exchange markers too; a fallback is used when there is one', () => {
    expectOutcome(buildUser, { email: 'ivan\u200b@example.com' }, ['user.email invalid_email fatal']);
    const user = expectOutcome(buildUser, { email: 'ivan@exam\u200dple.com', phone: '+7 (999) 888-77-66' }, [
      'user.email invalid_email dropped',
    ]);
    expect(user).toContainEqual(['data-fl-user-email', '79998887766@unknown.email']);
    expectOutcome(buildExchange, { user: { email: '.ivan..x.@-example-.com' } }, ['user.email invalid_email dropped']);
  });
});

describe('hostile lists', () => {
  it(`a cart of ${MAX_ITEMS} lines is sent; one more is too_many_items`, () => {
    expect(
      buildUpdateCart(
        Array.from({ length: MAX_ITEMS }, (_, index) => line(index)),
        { mode: 'strict' },
      )!.data.cart.items,
    ).toHaveLength(MAX_ITEMS);
    expectOutcome(
      buildUpdateCart,
      Array.from({ length: MAX_ITEMS + 1 }, (_, index) => line(index)),
      ['cart.items too_many_items fatal'],
    );
  });

  it('a sparse cart claiming 2e7 lines is refused at once, and the browser command never throws', () => {
    const lines2e7: unknown[] = [line(0)];
    lines2e7.length = 2e7;
    expectOutcome(buildUpdateCart, lines2e7, ['cart.items too_many_items fatal']);
    const onError = vi.fn();
    expect(updateCart(lines2e7 as never, { onError })).toBe(false);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('a Proxy of a cart whose length is not a whole number ≥ 0 reads no line', () => {
    for (const length of ['many', -1, Number.NaN]) {
      let reads = 0;
      const lying = new Proxy([line(0)], {
        get: (target, key, receiver) => (key === 'length' ? length : (reads++, Reflect.get(target, key, receiver))),
      });
      expectOutcome(buildUpdateCart, lying, ['cart.items invalid_type fatal']);
      expect(reads).toBe(0);
    }
  });

  it('a sparse cart within the limit: the first issues, then one too_many_issues', () => {
    const holes: unknown[] = [];
    holes.length = MAX_ITEMS;
    const onError = vi.fn<(error: FlocktoryValidationError) => void>();
    expect(buildUpdateCart(holes as never, { mode: 'safe', onError })).toBeNull();
    const { issues } = onError.mock.calls[0]![0];
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[MAX_ISSUES]).toMatchObject({ code: 'too_many_issues', fatal: true });
  });

  it('past the issue cap, a dropped optional object does not make the rest fatal', () => {
    const extras = Object.fromEntries(Array.from({ length: MAX_ISSUES + 5 }, (_, index) => [`extra${index}`, index]));
    const onError = vi.fn<(error: FlocktoryValidationError) => void>();
    const banner = buildExchange({ ...extras, user: { email: 'not an address' } } as never, { mode: 'safe', onError });
    expect(banner).toContainEqual(['data-fl-user-email', 'xname@flocktory.com']);
    const { issues } = onError.mock.calls[0]![0];
    expect(issues[MAX_ISSUES]).toMatchObject({ code: 'too_many_issues', fatal: false });
  });
});

describe('mappers', () => {
  it('read the source lists by the same bound: a sparse list claiming 2e7 entries is one issue', () => {
    const items: unknown[] = [{ item_id: 'a', quantity: 1 }];
    items.length = 2e7;
    const onError = vi.fn<(error: FlocktoryValidationError) => void>();
    expect(fromGa4AddToCart({ items }, { mode: 'safe', onError })).toEqual([]);
    expect(lines(onError.mock.calls[0]![0].issues)).toEqual(['ecommerce.items too_many_items fatal']);
  });

  it('read source values by the hardened rules, at the source path', () => {
    const onError = vi.fn<(error: FlocktoryValidationError) => void>();
    const ecommerce = { purchase: { actionField: { id: 2 ** 60, revenue: '1.000' }, products: [{ id: 'a', price: 1, quantity: 1 }] } };
    fromUaPurchase(ecommerce, { email: 'ivan\u00ad@example.com' }, { mode: 'safe', onError });
    expect(lines(onError.mock.calls[0]![0].issues)).toEqual([
      'user.email invalid_email fatal',
      'ecommerce.purchase.actionField.id unsafe_integer fatal',
      'ecommerce.purchase.actionField.revenue ambiguous_price fatal',
    ]);
  });
});
