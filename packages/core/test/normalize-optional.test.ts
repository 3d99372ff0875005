import { describe, expect, it } from 'vitest';
import { normalizePostcheckout } from '../src/index';
import { minimalInput, pushedFor, withItem, withOrder } from './helpers/build';
import { buildSafe } from './helpers/issues';
import { runPostcheckout } from './helpers/sandbox';

describe('empty optional fields are left out', () => {
  it.each([[''], ['   '], [null], [undefined]])('item title/price/image/count = %j', (empty) => {
    const item = pushedFor(withItem({ id: 'a', title: empty, price: empty, image: empty, count: empty })).order.items[0];
    expect(item).toEqual({ id: 'a' });
    expect(Object.keys(item!)).toEqual(['id']);
  });

  it.each([[''], ['  '], [null], [undefined]])('custom_field and spot = %j', (empty) => {
    const data = pushedFor({ ...(withOrder({ custom_field: empty }) as object), spot: empty });
    expect(Object.keys(data)).toEqual(['user', 'order']);
    expect(Object.keys(data.order)).toEqual(['id', 'price', 'items']);
  });
});

describe('count', () => {
  it.each([
    [1, 1],
    [3, 3],
    ['2', 2],
    [' 2 ', 2],
    // Read like a price: thousands separators and a zero decimal part are fine.
    ['1 000', 1000],
    ['2,0', 2],
  ])('%j → %j', (count, sent) => {
    expect(pushedFor(withItem({ id: 'a', count })).order.items[0]!.count).toBe(sent);
  });
});

describe('image', () => {
  it.each([['http://path.to.image'], ['https://cdn.example.com/a.jpg?w=100&h=100#x'], ['HTTPS://CDN.EXAMPLE.COM/A.JPG']])(
    'keeps the http(s) URL %j',
    (image) => {
      expect(pushedFor(withItem({ id: 'a', image })).order.items[0]!.image).toBe(image);
    },
  );
});

describe('nothing the docs do not define is sent', () => {
  const input = {
    user: { email: 'a@b.co', password: 'secret', phone: '79998887766', id: 9 },
    order: { id: '1', price: 1, items: [{ id: 'a', sku: 'x', currency: 'RUB' }], total: 1, shipping: { city: 'X' } },
    spot: 'desktop',
    debug: true,
  };

  it('unknown keys at every level are dropped (safe mode) and reported, not fatal', () => {
    const { snippet, reported } = buildSafe(input);
    expect(snippet).not.toBeNull();
    expect(runPostcheckout(snippet!.code)).toEqual({
      user: { email: 'a@b.co' },
      order: { id: '1', price: 1, items: [{ id: 'a' }] },
      spot: 'desktop',
    });
    expect(reported[0]!.map((issue) => [issue.path, issue.code, issue.fatal])).toEqual(
      expect.arrayContaining([
        ['debug', 'unknown_key', false],
        ['user.password', 'unknown_key', false],
        ['order.total', 'unknown_key', false],
        ['order.shipping', 'unknown_key', false],
        ['order.items[0].sku', 'unknown_key', false],
        ['order.items[0].currency', 'unknown_key', false],
      ]),
    );
    expect(reported[0]).toHaveLength(6);
  });

  it('normalizePostcheckout returns the data with the unknown keys gone', () => {
    const result = normalizePostcheckout(input);
    expect(result.data).toEqual({ user: { email: 'a@b.co' }, order: { id: '1', price: 1, items: [{ id: 'a' }] }, spot: 'desktop' });
    expect(result.issues.every((issue) => issue.code === 'unknown_key' && !issue.fatal)).toBe(true);
  });

  it('inherited properties are never read as data', () => {
    const user = Object.create({ email: 'inherited@evil.co' }) as Record<string, unknown>;
    const order = Object.assign(Object.create(null) as object, minimalInput().order);
    const { snippet, reported } = buildSafe({ user, order });
    expect(snippet).toBeNull();
    expect(reported[0]!.map((issue) => issue.path)).toContain('user');
    const bare = Object.assign(Object.create(null) as object, { email: 'own@x.co' });
    expect(pushedFor({ user: bare, order }).user.email).toBe('own@x.co');
  });
});

describe('key order follows the docs', () => {
  it('for every object, whatever the input order', () => {
    const data = pushedFor({
      spot: 's',
      order: {
        items: [{ count: 1, image: 'http://i.co/x', price: 1, title: 't', id: 'a' }],
        custom_field: 'c',
        price: 2,
        id: 'o',
      },
      user: { sex: 'f', email: 'a@b.co', name: 'N' },
    });
    expect(Object.keys(data)).toEqual(['user', 'order', 'spot']);
    expect(Object.keys(data.user)).toEqual(['name', 'email', 'sex']);
    expect(Object.keys(data.order)).toEqual(['id', 'price', 'custom_field', 'items']);
    expect(Object.keys(data.order.items[0]!)).toEqual(['id', 'title', 'price', 'image', 'count']);
  });
});
