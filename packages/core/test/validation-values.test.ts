import { describe, expect, it } from 'vitest';
import { minimalInput, pushedFor, withItem, withOrder } from './helpers/build';
import { expectIssues } from './helpers/issues';
import { runPostcheckout } from './helpers/sandbox';

const badPrices: unknown[] = [
  -1,
  -0.01,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  'abc',
  // Grouped and decimal with the same separator, or grouped wrongly.
  '1,000,00',
  '1.000.5',
  '1,00,000',
  '12,34.5',
  '1.2.3',
  '-5',
  '1e3',
  '2999 RUB',
  '₽2999',
  '2999.',
  ',5',
  '0x10',
  '9'.repeat(400),
];

describe('price', () => {
  // Labels keep the 400-digit case readable in the report.
  const rows = badPrices.map((price) => [
    typeof price === 'string' && price.length > 20 ? '400 nines' : (JSON.stringify(price) ?? String(price)),
    price,
  ]);

  it.each(rows)('order.price %s is fatal', (_label, price) => {
    expectIssues(withOrder({ price }), [{ path: 'order.price', code: 'invalid_price' }]);
  });

  it.each(rows)('items[].price %s is dropped and reported', (_label, price) => {
    const safe = expectIssues(withItem({ id: 'a', price }), [{ path: 'order.items[0].price', code: 'invalid_price', fatal: false }]);
    expect(runPostcheckout(safe.snippet!.code)).toMatchObject({ order: { items: [{ id: 'a' }] } });
    expect(safe.snippet!.data.order.items[0]).toEqual({ id: 'a' });
  });

  it.each([[true], [{}], [[1]], [10n]])('a %s price has the wrong type', (price) => {
    expectIssues(withOrder({ price }), [{ path: 'order.price', code: 'invalid_type' }]);
  });
});

describe('count must be a positive whole number', () => {
  it.each([[0], [1.5], [-1], ['x'], ['1.5'], ['-1'], ['0'], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53], [true]])(
    'count %s is dropped and reported',
    (count) => {
      const safe = expectIssues(withItem({ id: 'a', count }), [{ path: 'order.items[0].count', code: 'invalid_count', fatal: false }]);
      expect(safe.snippet!.data.order.items[0]).toEqual({ id: 'a' });
    },
  );
});

describe('image must be an absolute http(s) URL', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['/img/a.jpg'],
    ['img/a.jpg'],
    ['//cdn.example.com/a.jpg'],
    ['data:image/png;base64,iVBORw0KGgo='],
    ['ftp://example.com/a.jpg'],
    ['http://'],
    ['http://exa mple.com/a.jpg'],
    ['https://user@evil.example/a.jpg'],
  ])('%j is dropped and reported', (image) => {
    const safe = expectIssues(withItem({ id: 'a', title: 'T', image }), [
      { path: 'order.items[0].image', code: 'invalid_url', fatal: false },
    ]);
    expect(runPostcheckout(safe.snippet!.code)).toMatchObject({ order: { items: [{ id: 'a', title: 'T' }] } });
  });
});

describe('email', () => {
  const malformed = [
    ['ivan'],
    ['ivan@'],
    ['@gmail.com'],
    ['ivan@gmail'],
    ['iv an@gmail.com'],
    ['ivan@@gmail.com'],
    ['ivan@gmail..com'],
    ['ivan@.com'],
    ['<ivan>@gmail.com'],
    ['"ivan"@gmail.com'],
    ['ivan@gm<ail.com'],
    ['a,b@gmail.com'],
    ['a\\b@gmail.com'],
    ['a;b:c@gmail.com'],
    ['a(b)@gmail.com'],
    ['ivan@[127.0.0.1]'],
  ];

  it.each(malformed)('%j without a fallback is fatal', (email) => {
    expectIssues({ ...minimalInput(), user: { email } }, [{ path: 'user.email', code: 'invalid_email' }]);
  });

  it.each(malformed)('%j with a phone falls back to the phone address, reported', (email) => {
    const safe = expectIssues({ ...minimalInput(), user: { email, phone: '+7 999 888 77 66' } }, [
      { path: 'user.email', code: 'invalid_email', fatal: false },
    ]);
    expect(runPostcheckout(safe.snippet!.code)).toMatchObject({ user: { email: '79998887766@unknown.email' } });
  });

  it.each([["o'brien+orders/x=y@example.com"], ['иван@почта.рф'], ['a.b-c_d@sub.example.co.uk'], ['{x}|~`!#$%&*^?@example.com']])(
    '%j is an address and is sent as it is',
    (email) => {
      expect(pushedFor({ ...minimalInput(), user: { email } }).user.email).toBe(email);
    },
  );

  it('with a user id falls back to the id address', () => {
    const safe = expectIssues({ ...minimalInput(), user: { email: 'nope', id: 42 } }, [
      { path: 'user.email', code: 'invalid_email', fatal: false },
    ]);
    expect(safe.snippet!.data.user.email).toBe('42@unknown.email');
  });

  it('a bad phone alone is fatal; a bad user id alone is fatal', () => {
    expectIssues({ ...minimalInput(), user: { phone: 'call me' } }, [{ path: 'user.phone', code: 'invalid_phone' }]);
    expectIssues({ ...minimalInput(), user: { id: 'a b' } }, [{ path: 'user.id', code: 'invalid_user_id' }]);
  });

  it('a bad phone next to a good id: the id is used', () => {
    const safe = expectIssues({ ...minimalInput(), user: { phone: '12', id: 7 } }, [
      { path: 'user.phone', code: 'invalid_phone', fatal: false },
    ]);
    expect(safe.snippet!.data.user.email).toBe('7@unknown.email');
  });

  it('a bad email, phone and id: nothing is sent', () => {
    const safe = expectIssues({ ...minimalInput(), user: { email: 'x', phone: 'y', id: 'a b' } }, [
      { path: 'user.email', code: 'invalid_email' },
      { path: 'user.phone', code: 'invalid_phone', fatal: false },
      { path: 'user.id', code: 'invalid_user_id', fatal: false },
    ]);
    expect(safe.snippet).toBeNull();
  });
});

describe('sex', () => {
  it.each([['x'], ['unknown'], ['мужской'], ['1'], ['constructor'], ['__proto__'], ['toString']])('%j is dropped and reported', (sex) => {
    const safe = expectIssues({ ...minimalInput(), user: { email: 'a@b.co', sex } }, [
      { path: 'user.sex', code: 'invalid_sex', fatal: false },
    ]);
    expect(safe.snippet!.data.user).toEqual({ email: 'a@b.co' });
  });
});

describe('wrong types in optional text fields', () => {
  it.each([['title'], ['id']])('item %s as an object', (field) => {
    const fatal = field === 'id';
    expectIssues(withItem({ id: 'a', [field]: { text: 'x' } }), [{ path: `order.items[0].${field}`, code: 'invalid_type', fatal }]);
  });

  it('custom_field and spot as booleans are dropped', () => {
    expectIssues({ ...(withOrder({ custom_field: true }) as object), spot: false }, [
      { path: 'order.custom_field', code: 'invalid_type', fatal: false },
      { path: 'spot', code: 'invalid_type', fatal: false },
    ]);
  });
});
