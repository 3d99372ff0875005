/**
 * Property tests over every mapper: whatever the analytics object holds, the output either passes
 * core validation untouched, or the mapper reported why, at a path in the source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePostcheckout, type FlocktoryIssue, type PostcheckoutInput } from '../src/index';
import {
  fromDigitalData,
  fromDigitalDataAddedProduct,
  fromDigitalDataRemovedProduct,
  fromDigitalDataViewedProductDetail,
  fromGa4AddToCart,
  fromGa4Purchase,
  fromGa4RemoveFromCart,
  fromGa4ViewItem,
  fromUaAdd,
  fromUaDetail,
  fromUaPurchase,
  fromUaRemove,
  type MapperOptions,
} from '../src/mappers/index';

/** A usable value most of the time; else absent, or one of the ways shops get it wrong. */
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 6, arbitrary: good as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: fc.constant(undefined) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.constantFrom(null, '', '  ', 0, -1, 1.5, '2', '1 000,50', 'x', NaN, Infinity, true, {}, [], 'lamp.jpg'),
        fc.string({ maxLength: 6 }),
        fc.double(),
      ),
    },
  );

const text = fc.string({ minLength: 1, maxLength: 8 }).filter((value) => value.trim() !== '');
const id = fc.oneof(text, fc.nat());
const price = fc.oneof(fc.nat({ max: 100_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
const quantity = fc.integer({ min: 1, max: 50 });

const product = fc.record({
  id: maybe(id),
  title: maybe(text),
  price: maybe(price),
  quantity: maybe(quantity),
  brand: maybe(text),
  category: maybe(text),
  image: maybe(fc.constantFrom('https://cdn.example/p.png', 'http://img.example/a/b.jpg?x=1')),
});
type Product = typeof product extends fc.Arbitrary<infer T> ? T : never;

/** An entry of a product list: almost always an object. */
const entry = fc.oneof(
  { weight: 12, arbitrary: product as fc.Arbitrary<Product | unknown> },
  { weight: 1, arbitrary: fc.constantFrom(null, 'SKU-1', 5, []) },
);
const entries = fc.oneof(
  { weight: 12, arbitrary: fc.array(entry, { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom([], null, {}) },
);

const isObject = (value: unknown): value is Product => value !== null && typeof value === 'object' && !Array.isArray(value);
const each = (list: unknown, map: (product: Product) => unknown) =>
  Array.isArray(list) ? list.map((item) => (isObject(item) ? map(item) : item)) : list;

const ga4Item = (p: Product) => ({
  item_id: p.id,
  item_name: p.title,
  price: p.price,
  quantity: p.quantity,
  item_brand: p.brand,
  item_category: p.category,
  item_variant: 'x',
});
const uaProduct = (p: Product) => ({
  id: p.id,
  name: p.title,
  price: p.price,
  quantity: p.quantity,
  brand: p.brand,
  category: p.category,
  variant: 'x',
});
const ddLine = (p: Product) => ({
  product: {
    id: p.id,
    name: p.title,
    unitSalePrice: p.price,
    imageUrl: p.image,
    manufacturer: p.brand,
    categoryId: p.category,
    unitPrice: 1,
  },
  quantity: p.quantity,
});

const user = fc.constantFrom<unknown>(
  { email: 'a@b.co' },
  { name: 'Анна', phone: '+7 999 111 22 33' },
  { id: 42 },
  { email: 'not an address' },
  { email: 'a@b.co', sex: 'x', nickname: 'a' },
  {},
  null,
);
const ddUser = fc.record({
  email: maybe(fc.constant('olga@example.ru')),
  phone: maybe(fc.constant('+7 903 111-22-33')),
  userId: maybe(id),
  firstName: maybe(text),
  fullName: maybe(text),
});

/** Runs a mapper in safe mode and returns its output and issues. */
function run<T>(map: (options: MapperOptions) => T): { output: T; issues: FlocktoryIssue[] } {
  const issues: FlocktoryIssue[] = [];
  const output = map({ mode: 'safe', onError: (error) => issues.push(...error.issues) });
  return { output, issues };
}

function expectSourcePaths(issues: readonly FlocktoryIssue[], roots: readonly string[]) {
  for (const issue of issues)
    expect(
      roots.some((root) => issue.path === root || issue.path.startsWith(`${root}.`) || issue.path.startsWith(`${root}[`)),
      issue.path,
    ).toBe(true);
}

let accepted = 0;
let refused = 0;

/** Output passes core's validation unchanged, unless a mapper issue is fatal; then core refuses it too. */
function expectPostcheckoutContract(output: PostcheckoutInput, issues: readonly FlocktoryIssue[], roots: readonly string[]) {
  expectSourcePaths(issues, roots);
  const core = normalizePostcheckout(output);
  const fatal = issues.some((issue) => issue.fatal);
  expect(core.data === undefined, JSON.stringify({ output, issues, core: core.issues })).toBe(fatal);
  if (fatal) refused++;
  else {
    accepted++;
    // Already normalized: core has nothing to drop or change.
    expect(core.issues).toEqual([]);
    expect(core.data).toEqual(output);
  }
}

describe('purchases', () => {
  const order = fc.record({ id: maybe(id), total: maybe(price), items: entries });

  it('GA4, UA / Metrica, digitalData: valid for core, or a fatal issue at a source path', () => {
    fc.assert(
      fc.property(order, user, ddUser, (o, u, du) => {
        const ga4 = { transaction_id: o.id, value: o.total, currency: 'RUB', items: each(o.items, ga4Item) };
        const a = run((options) => fromGa4Purchase(ga4, u as never, options));
        expectPostcheckoutContract(a.output, a.issues, ['ecommerce', 'user']);

        const ua = { currencyCode: 'RUB', purchase: { actionField: { id: o.id, revenue: o.total }, products: each(o.items, uaProduct) } };
        const b = run((options) => fromUaPurchase(ua, u as never, options));
        expectPostcheckoutContract(b.output, b.issues, ['ecommerce', 'user']);

        const dd = { user: du, transaction: { orderId: o.id, total: o.total, lineItems: each(o.items, ddLine) } };
        const c = run((options) => fromDigitalData(dd, options));
        expectPostcheckoutContract(c.output, c.issues, ['digitalData']);
      }),
      { numRuns: 300 },
    );
    // Both outcomes were exercised.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});

const isText = (value: unknown) => typeof value === 'string' && value !== '' && value === value.trim();
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;

/** A cart command input core would send as is. */
function expectCartItem(item: Record<string, unknown>, removal: boolean) {
  expect(
    Object.keys(item).every((key) => (removal ? ['id', 'count'] : ['id', 'price', 'count', 'brand', 'categoryId']).includes(key)),
  ).toBe(true);
  expect(isText(item.id)).toBe(true);
  expect(isCount(item.count)).toBe(true);
  if ('price' in item) expect(Number.isFinite(item.price) && (item.price as number) >= 0).toBe(true);
  for (const key of ['brand', 'categoryId']) if (key in item) expect(isText(item[key])).toBe(true);
}

/**
 * Each product of the list is sent as a valid item, or left out with a fatal issue at its own path
 * (or the whole list is unusable, with a fatal issue at the list's path).
 */
function expectCartContract(
  output: readonly Record<string, unknown>[],
  issues: readonly FlocktoryIssue[],
  list: unknown,
  listPath: string,
  removal: boolean,
) {
  expectSourcePaths(issues, [listPath.split('.')[0]!]);
  for (const item of output) expectCartItem(item, removal);
  if (!Array.isArray(list) || list.length === 0) {
    expect(output).toEqual([]);
    expect(issues.some((issue) => issue.fatal && listPath.startsWith(issue.path))).toBe(true);
    return;
  }
  const refusedIndexes = new Set(
    issues.filter((issue) => issue.fatal).map((issue) => /^[^[]*\[(\d+)\]/.exec(issue.path.slice(listPath.length))?.[1]),
  );
  expect(refusedIndexes.has(undefined)).toBe(false);
  expect(output.length + refusedIndexes.size).toBe(list.length);
}

describe('cart events', () => {
  it('GA4 add_to_cart / remove_from_cart, UA add / remove: every item valid, or left out with a fatal issue at its path', () => {
    fc.assert(
      fc.property(entries, (items) => {
        const ga4 = { currency: 'RUB', items: each(items, ga4Item) };
        const add = run((options) => fromGa4AddToCart(ga4, options));
        expectCartContract(add.output as never, add.issues, items, 'ecommerce.items', false);
        const remove = run((options) => fromGa4RemoveFromCart(ga4, options));
        expectCartContract(remove.output as never, remove.issues, items, 'ecommerce.items', true);

        const uaAdd = run((options) => fromUaAdd({ add: { products: each(items, uaProduct) } }, options));
        expectCartContract(uaAdd.output as never, uaAdd.issues, items, 'ecommerce.add.products', false);
        const uaRemove = run((options) => fromUaRemove({ remove: { products: each(items, uaProduct) } }, options));
        expectCartContract(uaRemove.output as never, uaRemove.issues, items, 'ecommerce.remove.products', true);
      }),
      { numRuns: 300 },
    );
  });

  it('digitalData "Added Product" / "Removed Product": one valid item, or none with a fatal issue under event', () => {
    fc.assert(
      fc.property(entry, (p) => {
        const event = isObject(p) ? { name: 'Added Product', ...ddLine(p) } : { name: 'Added Product', product: p };
        for (const [map, removal] of [
          [fromDigitalDataAddedProduct, false],
          [fromDigitalDataRemovedProduct, true],
        ] as const) {
          const { output, issues } = run((options) => map(event, options));
          expectSourcePaths(issues, ['event']);
          for (const item of output) expectCartItem(item as never, removal);
          expect(output.length === 1 || issues.some((issue) => issue.fatal)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('product views', () => {
  it('GA4 view_item, UA detail, digitalData product: an id core can render, or a fatal issue at a source path', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 0, maxLength: 2 }), (items) => {
        const results = [
          run((options) => fromGa4ViewItem({ items: each(items, ga4Item) }, options)),
          run((options) => fromUaDetail({ detail: { products: each(items, uaProduct) } }, options)),
          run((options) =>
            fromDigitalDataViewedProductDetail({ product: isObject(items[0]) ? ddLine(items[0]).product : items[0] }, options),
          ),
        ];
        for (const { output, issues } of results) {
          expectSourcePaths(issues, ['ecommerce', 'event']);
          if (issues.some((issue) => issue.fatal)) expect(output.id).toBeUndefined();
          else {
            expect(isText(output.id)).toBe(true);
            for (const key of ['categoryId', 'vendor'] as const) if (key in output) expect(isText(output[key])).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
