/**
 * The oracle: inputs and exactly what Flocktory must receive for each, written by hand from the
 * rules of Flocktory's postcheckout docs (https://flocktory.github.io/en/integration/postcheckout/)
 * and README.md's "The data" table, never computed by the library. Every normalization rule and
 * every fatal / non-fatal case has a row. Core and every adapter are checked against it.
 *
 * The builders below only assemble objects (a base order plus the row's fields); every value a
 * row expects is spelled out in the row.
 */
import type { IssueCode, PostcheckoutData } from '@flocktory-ssr/core';

/** Core's codes, and those of the hardened rules while core does not list them yet (then this adds nothing). */
export type OracleCode = IssueCode | 'ambiguous_price' | 'ambiguous_count' | 'unsafe_integer';

export interface OracleIssue {
  path: string;
  code: OracleCode;
  fatal: boolean;
}

export interface OracleCase {
  name: string;
  /** The row is about the input object itself: components take `user`, `order` and `spot` as props, so it does not apply to them. */
  wholeInput?: true;
  /** A fresh input per call (some rows use getters, bigints or class instances). */
  input: () => unknown;
  /** What is pushed (safe mode); null: nothing is rendered at all. */
  sent: PostcheckoutData | null;
  /** Every issue reported, in any order. */
  issues: OracleIssue[];
}

type Fields = Record<string, unknown>;

const fatal = (path: string, code: OracleCode): OracleIssue => ({ path, code, fatal: true });
const dropped = (path: string, code: OracleCode): OracleIssue => ({ path, code, fatal: false });

/**
 * The smallest valid order with the row's fields on top: `user`, `order` and `item` (the one
 * item) fields are merged into the base's; `root` adds top-level keys. A field set to `undefined`
 * is left out of the input entirely.
 */
function order(parts: { user?: Fields; order?: Fields; item?: Fields; root?: Fields } = {}): () => unknown {
  return () => {
    const strip = (fields: Fields) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    return strip({
      user: strip({ email: 'ivan@example.com', ...parts.user }),
      order: strip({ id: '77', price: 2000, items: [strip({ id: '777', ...parts.item })], ...parts.order }),
      ...parts.root,
    });
  };
}

/** What is pushed for `order(...)`: the base's data with the row's expected fields, assembled the same way. */
function sent(parts: { user?: Fields; order?: Fields; item?: Fields; root?: Fields } = {}): PostcheckoutData {
  return order(parts)() as PostcheckoutData;
}

/** A row whose input is sent unchanged but for `expected` fields (normalization rows). */
function row(
  name: string,
  input: Parameters<typeof order>[0],
  expected: Parameters<typeof order>[0],
  issues: OracleIssue[] = [],
): OracleCase {
  return { name, input: order(input), sent: sent(expected), issues };
}

/** A row that must render nothing at all. */
function refused(name: string, input: Parameters<typeof order>[0] | (() => unknown), issues: OracleIssue[]): OracleCase {
  return { name, input: typeof input === 'function' ? input : order(input), sent: null, issues };
}

/** `[<hole>, { id: '777' }]`: a sparse array, as `new Array(2)` with one item set. */
function itemsWithAHole(): unknown[] {
  const items: unknown[] = [];
  items[1] = { id: '777' };
  return items;
}

class Customer {
  email = 'ivan@example.com';
}

/** The rules as documented today. */
export const ORACLE: readonly OracleCase[] = [
  // The docs' own example (English), with `spot` from the newer Russian version: already normalized.
  {
    name: "the docs' example is sent exactly as written",
    input: () => ({
      user: { name: 'Ivan Ivanov', email: 'ivan@gmail.com', sex: 'm' },
      order: {
        id: '77',
        price: 2000,
        custom_field: 'my_custom_id',
        items: [{ id: '777', title: 'Nike Shoes', price: 1000, image: 'http://path.to.image', count: 1 }],
      },
      spot: 'desktop',
    }),
    sent: {
      user: { name: 'Ivan Ivanov', email: 'ivan@gmail.com', sex: 'm' },
      order: {
        id: '77',
        price: 2000,
        custom_field: 'my_custom_id',
        items: [{ id: '777', title: 'Nike Shoes', price: 1000, image: 'http://path.to.image', count: 1 }],
      },
      spot: 'desktop',
    },
    issues: [],
  },
  row('the required fields alone', {}, {}),

  // user.name: trimmed, left out when empty.
  row('name trimmed', { user: { name: '  Иван Иванов \t' } }, { user: { name: 'Иван Иванов' } }),
  row('name trimmed of no-break and ideographic spaces', { user: { name: '\u00a0Ivan\u3000' } }, { user: { name: 'Ivan' } }),
  row('empty name left out', { user: { name: '' } }, {}),
  row('blank name left out', { user: { name: ' \n\t ' } }, {}),
  row('null name left out', { user: { name: null } }, {}),
  row('name that is not text: dropped and reported', { user: { name: { first: 'Ivan' } } }, {}, [dropped('user.name', 'invalid_type')]),

  // user.sex: m, f, male, female in any case → 'm' / 'f'; unknown values dropped.
  row('sex m', { user: { sex: 'm' } }, { user: { sex: 'm' } }),
  row('sex F', { user: { sex: 'F' } }, { user: { sex: 'f' } }),
  row('sex Male', { user: { sex: 'Male' } }, { user: { sex: 'm' } }),
  row('sex FEMALE', { user: { sex: 'FEMALE' } }, { user: { sex: 'f' } }),
  row('sex with spaces around', { user: { sex: ' f ' } }, { user: { sex: 'f' } }),
  row('empty sex left out', { user: { sex: '' } }, {}),
  row('unknown sex "x": dropped and reported', { user: { sex: 'x' } }, {}, [dropped('user.sex', 'invalid_sex')]),
  row('unknown sex "man": dropped and reported', { user: { sex: 'man' } }, {}, [dropped('user.sex', 'invalid_sex')]),

  // user.email, and the docs' fallbacks: phone → 79998887766@unknown.email, user id → id@unknown.email.
  row('e-mail trimmed', { user: { email: ' ivan@example.com ' } }, {}),
  row('internationalized e-mail kept', { user: { email: 'иван@пример.рф' } }, { user: { email: 'иван@пример.рф' } }),
  row(
    "phone instead of e-mail (the docs' format)",
    { user: { email: undefined, phone: '+7 (999) 888-77-66' } },
    { user: { email: '79998887766@unknown.email' } },
  ),
  row('phone as a number', { user: { email: undefined, phone: 79998887766 } }, { user: { email: '79998887766@unknown.email' } }),
  row(
    'phone with spaces and dots',
    { user: { email: undefined, phone: '8 999.888.77.66' } },
    { user: { email: '89998887766@unknown.email' } },
  ),
  row('user id instead of e-mail (a number)', { user: { email: undefined, id: 12345678 } }, { user: { email: '12345678@unknown.email' } }),
  row(
    'user id instead of e-mail (text, trimmed)',
    { user: { email: undefined, id: ' customer-42 ' } },
    { user: { email: 'customer-42@unknown.email' } },
  ),
  row('e-mail wins over phone and user id', { user: { phone: '+7 (999) 888-77-66', id: 5 } }, {}),
  row(
    'phone wins over user id',
    { user: { email: undefined, phone: '+7 (999) 888-77-66', id: 5 } },
    { user: { email: '79998887766@unknown.email' } },
  ),
  row(
    'malformed e-mail with a phone: the phone is sent, the e-mail reported',
    { user: { email: 'ivan@', phone: '+7 (999) 888-77-66' } },
    { user: { email: '79998887766@unknown.email' } },
    [dropped('user.email', 'invalid_email')],
  ),
  row(
    'malformed e-mail with a user id: the id is sent, the e-mail reported',
    { user: { email: 'ivan at example.com', id: 'c-1' } },
    { user: { email: 'c-1@unknown.email' } },
    [dropped('user.email', 'invalid_email')],
  ),
  row(
    'unusable phone with a user id: the id is sent, the phone reported',
    { user: { email: undefined, phone: 'call me', id: 'c-1' } },
    { user: { email: 'c-1@unknown.email' } },
    [dropped('user.phone', 'invalid_phone')],
  ),
  refused('no e-mail, phone or user id', { user: { email: undefined, name: 'Ivan' } }, [fatal('user.email', 'required')]),
  refused('malformed e-mail without a fallback', { user: { email: 'ivan at example.com' } }, [fatal('user.email', 'invalid_email')]),
  refused('e-mail without a dotted domain', { user: { email: 'ivan@localhost' } }, [fatal('user.email', 'invalid_email')]),
  refused('e-mail with a space', { user: { email: 'ivan ivanov@example.com' } }, [fatal('user.email', 'invalid_email')]),
  refused('e-mail with a quote (a quoted local part is not accepted)', { user: { email: '"ivan"@example.com' } }, [
    fatal('user.email', 'invalid_email'),
  ]),
  refused('e-mail with an angle bracket', { user: { email: 'ivan<x>@example.com' } }, [fatal('user.email', 'invalid_email')]),
  refused('unusable phone alone', { user: { email: undefined, phone: 'call me' } }, [fatal('user.phone', 'invalid_phone')]),
  refused('too short a phone alone', { user: { email: undefined, phone: '1234' } }, [fatal('user.phone', 'invalid_phone')]),
  refused('unusable user id alone', { user: { email: undefined, id: 'a b' } }, [fatal('user.id', 'invalid_user_id')]),

  // order.id and items[].id: text; numbers become strings; trimmed; required.
  row('order id as a number', { order: { id: 77 } }, { order: { id: '77' } }),
  row('order id 0', { order: { id: 0 } }, { order: { id: '0' } }),
  row('order id trimmed', { order: { id: ' A-77 ' } }, { order: { id: 'A-77' } }),
  row('order id as a bigint', { order: { id: 98765432109876543210n } }, { order: { id: '98765432109876543210' } }),
  row('order id of 2^53 - 1 as a number', { order: { id: 9007199254740991 } }, { order: { id: '9007199254740991' } }),
  row('order id beyond 2^53 as a string', { order: { id: '9007199254740993' } }, { order: { id: '9007199254740993' } }),
  row('item id as a number', { item: { id: 777 } }, { item: { id: '777' } }),
  refused('missing order id', { order: { id: undefined } }, [fatal('order.id', 'required')]),
  refused('empty order id', { order: { id: '' } }, [fatal('order.id', 'required')]),
  refused('blank order id', { order: { id: ' \t ' } }, [fatal('order.id', 'required')]),
  refused('null order id', { order: { id: null } }, [fatal('order.id', 'required')]),
  refused('order id that is an object', { order: { id: { value: 77 } } }, [fatal('order.id', 'invalid_type')]),
  refused('order id true', { order: { id: true } }, [fatal('order.id', 'invalid_type')]),
  refused('order id NaN', { order: { id: Number.NaN } }, [fatal('order.id', 'invalid_type')]),
  refused('missing item id', { item: { id: undefined, title: 'Nike Shoes' } }, [fatal('order.items[0].id', 'required')]),

  // Prices: numbers ≥ 0, or "2999,00", "1000.00", "2 999,99" (spaces of every kind group thousands).
  row('price 0', { order: { price: 0 } }, { order: { price: 0 } }),
  row('price -0 is sent as 0', { order: { price: -0 } }, { order: { price: 0 } }),
  row('price with cents', { order: { price: 1999.99 } }, { order: { price: 1999.99 } }),
  row('price "2999,00"', { order: { price: '2999,00' } }, { order: { price: 2999 } }),
  row('price "1000.00"', { order: { price: '1000.00' } }, { order: { price: 1000 } }),
  row('price "2 999,99"', { order: { price: '2 999,99' } }, { order: { price: 2999.99 } }),
  row('price with a no-break space', { order: { price: '2\u00a0999,99' } }, { order: { price: 2999.99 } }),
  row('price with a narrow no-break space', { order: { price: '2\u202f999,99' } }, { order: { price: 2999.99 } }),
  row('price "1 000 000"', { order: { price: '1 000 000' } }, { order: { price: 1000000 } }),
  row('price with spaces around', { order: { price: ' 15 ' } }, { order: { price: 15 } }),
  row('price "0,5"', { order: { price: '0,5' } }, { order: { price: 0.5 } }),
  row('price "12,50"', { order: { price: '12,50' } }, { order: { price: 12.5 } }),
  row('item price "1 000,50"', { item: { price: '1 000,50' } }, { item: { price: 1000.5 } }),
  row('item price 0 is kept', { item: { price: 0 } }, { item: { price: 0 } }),
  refused('negative price', { order: { price: -1 } }, [fatal('order.price', 'invalid_price')]),
  refused('negative price text', { order: { price: '-1' } }, [fatal('order.price', 'invalid_price')]),
  refused('NaN price', { order: { price: Number.NaN } }, [fatal('order.price', 'invalid_price')]),
  refused('infinite price', { order: { price: Number.POSITIVE_INFINITY } }, [fatal('order.price', 'invalid_price')]),
  refused('price with a currency', { order: { price: '2 999,00 руб.' } }, [fatal('order.price', 'invalid_price')]),
  refused('price in exponent notation', { order: { price: '1e3' } }, [fatal('order.price', 'invalid_price')]),
  refused('price with doubled separators', { order: { price: '1..5' } }, [fatal('order.price', 'invalid_price')]),
  refused('price with misgrouped separators', { order: { price: '12,34,56' } }, [fatal('order.price', 'invalid_price')]),
  refused('price of 400 digits (not finite)', { order: { price: `1${'0'.repeat(400)}` } }, [fatal('order.price', 'invalid_price')]),
  refused('price true', { order: { price: true } }, [fatal('order.price', 'invalid_type')]),
  refused('missing price', { order: { price: undefined } }, [fatal('order.price', 'required')]),
  refused('empty price', { order: { price: '' } }, [fatal('order.price', 'required')]),
  row('negative item price: dropped and reported', { item: { price: -5 } }, {}, [dropped('order.items[0].price', 'invalid_price')]),
  row('item price "free": dropped and reported', { item: { price: 'free' } }, {}, [dropped('order.items[0].price', 'invalid_price')]),

  // order.custom_field and spot: text, trimmed, left out when empty.
  row('custom_field kept', { order: { custom_field: 'my_custom_id' } }, { order: { custom_field: 'my_custom_id' } }),
  row('custom_field trimmed', { order: { custom_field: ' x-1 ' } }, { order: { custom_field: 'x-1' } }),
  row('custom_field as a number', { order: { custom_field: 42 } }, { order: { custom_field: '42' } }),
  row('empty custom_field left out', { order: { custom_field: '' } }, {}),
  row('custom_field that is not text: dropped and reported', { order: { custom_field: ['x'] } }, {}, [
    dropped('order.custom_field', 'invalid_type'),
  ]),
  row('spot kept', { root: { spot: 'desktop' } }, { root: { spot: 'desktop' } }),
  row('spot trimmed', { root: { spot: ' mobile ' } }, { root: { spot: 'mobile' } }),
  row('empty spot left out', { root: { spot: '' } }, {}),
  row('spot that is not text: dropped and reported', { root: { spot: { name: 'x' } } }, {}, [dropped('spot', 'invalid_type')]),

  // Items: an array of at least one item; title trimmed; image absolute http(s) only; count a positive whole number.
  {
    name: 'several items, in their order',
    input: () => ({
      user: { email: 'ivan@example.com' },
      order: {
        id: '77',
        price: 30,
        items: [
          { id: 'b', count: 2 },
          { id: 'a', title: 'A' },
        ],
      },
    }),
    sent: {
      user: { email: 'ivan@example.com' },
      order: {
        id: '77',
        price: 30,
        items: [
          { id: 'b', count: 2 },
          { id: 'a', title: 'A' },
        ],
      },
    },
    issues: [],
  },
  row('title trimmed', { item: { title: '  Кеды "Air"  ' } }, { item: { title: 'Кеды "Air"' } }),
  row('empty title left out', { item: { title: '' } }, {}),
  row('title that is not text: dropped and reported', { item: { title: { ru: 'Кеды' } } }, {}, [
    dropped('order.items[0].title', 'invalid_type'),
  ]),
  row('title that is a function: dropped and reported', { item: { title: () => 'x' } }, {}, [
    dropped('order.items[0].title', 'not_plain_data'),
  ]),
  row('http image', { item: { image: 'http://path.to.image' } }, { item: { image: 'http://path.to.image' } }),
  row(
    'https image with query and fragment',
    { item: { image: 'https://img.example/a.png?w=100#top' } },
    { item: { image: 'https://img.example/a.png?w=100#top' } },
  ),
  row(
    'image with an upper-case scheme',
    { item: { image: 'HTTPS://IMG.EXAMPLE/A.PNG' } },
    { item: { image: 'HTTPS://IMG.EXAMPLE/A.PNG' } },
  ),
  row('image trimmed', { item: { image: ' https://img.example/a.png ' } }, { item: { image: 'https://img.example/a.png' } }),
  row('javascript: image: dropped and reported', { item: { image: 'javascript:alert(1)' } }, {}, [
    dropped('order.items[0].image', 'invalid_url'),
  ]),
  row('protocol-relative image: dropped and reported', { item: { image: '//img.example/a.png' } }, {}, [
    dropped('order.items[0].image', 'invalid_url'),
  ]),
  row('data: image: dropped and reported', { item: { image: 'data:image/png;base64,AAAA' } }, {}, [
    dropped('order.items[0].image', 'invalid_url'),
  ]),
  row('ftp image: dropped and reported', { item: { image: 'ftp://img.example/a.png' } }, {}, [
    dropped('order.items[0].image', 'invalid_url'),
  ]),
  row('relative image: dropped and reported', { item: { image: '/img/a.png' } }, {}, [dropped('order.items[0].image', 'invalid_url')]),
  row('image with a space: dropped and reported', { item: { image: 'https://img.example/a b.png' } }, {}, [
    dropped('order.items[0].image', 'invalid_url'),
  ]),
  row('count 1', { item: { count: 1 } }, { item: { count: 1 } }),
  row('count "2"', { item: { count: '2' } }, { item: { count: 2 } }),
  row('count with spaces around', { item: { count: ' 3 ' } }, { item: { count: 3 } }),
  row('count "1 000"', { item: { count: '1 000' } }, { item: { count: 1000 } }),
  row('empty count left out', { item: { count: '' } }, {}),
  row('null count left out', { item: { count: null } }, {}),
  row('count 0: dropped and reported', { item: { count: 0 } }, {}, [dropped('order.items[0].count', 'invalid_count')]),
  row('negative count: dropped and reported', { item: { count: -1 } }, {}, [dropped('order.items[0].count', 'invalid_count')]),
  row('fractional count: dropped and reported', { item: { count: 1.5 } }, {}, [dropped('order.items[0].count', 'invalid_count')]),
  row('fractional count text: dropped and reported', { item: { count: '1,5' } }, {}, [dropped('order.items[0].count', 'invalid_count')]),
  row('count "two": dropped and reported', { item: { count: 'two' } }, {}, [dropped('order.items[0].count', 'invalid_count')]),
  row('count true: dropped and reported', { item: { count: true } }, {}, [dropped('order.items[0].count', 'invalid_count')]),
  refused('missing items', { order: { items: undefined } }, [fatal('order.items', 'required')]),
  refused('empty items', { order: { items: [] } }, [fatal('order.items', 'empty_items')]),
  refused('items as an object', { order: { items: { 0: { id: '777' } } } }, [fatal('order.items', 'invalid_type')]),
  refused('an item that is null', { order: { items: [null] } }, [fatal('order.items[0]', 'required')]),
  refused('an item that is text', { order: { items: ['777'] } }, [fatal('order.items[0]', 'invalid_type')]),
  refused('a hole in the items', { order: { items: itemsWithAHole() } }, [fatal('order.items[0]', 'required')]),

  // Nothing else is sent: unknown keys are reported and dropped, at every level.
  row('unknown top-level key', { root: { currency: 'RUB' } }, {}, [dropped('currency', 'unknown_key')]),
  row('unknown user key', { user: { age: 42 } }, {}, [dropped('user.age', 'unknown_key')]),
  row('unknown order key', { order: { currency: 'RUB' } }, {}, [dropped('order.currency', 'unknown_key')]),
  row('unknown item key', { item: { sku: 'x' } }, {}, [dropped('order.items[0].sku', 'unknown_key')]),
  row('unknown key with an odd name', { item: { 'a b': 1 } }, {}, [dropped('order.items[0]["a b"]', 'unknown_key')]),
  {
    name: '__proto__ and constructor keys (from JSON) are reported and never sent',
    input: () =>
      JSON.parse(
        '{"user":{"email":"ivan@example.com","__proto__":{"polluted":1}},"order":{"id":"77","price":2000,"constructor":{"prototype":{"polluted":1}},"items":[{"id":"777","prototype":1}]}}',
      ),
    sent: sent(),
    issues: [
      dropped('user.__proto__', 'forbidden_key'),
      dropped('order.constructor', 'forbidden_key'),
      dropped('order.items[0].prototype', 'forbidden_key'),
    ],
  },

  // Input that is not plain data.
  { ...refused('input that is not an object', () => 'order', [fatal('', 'invalid_type')]), wholeInput: true },
  refused('missing user', { root: { user: undefined } }, [fatal('user', 'required')]),
  refused('missing order', { root: { order: undefined } }, [fatal('order', 'required')]),
  refused('user that is a class instance', { root: { user: new Customer() } }, [fatal('user', 'not_plain_data')]),
  refused('order that is an array', { root: { order: [] } }, [fatal('order', 'invalid_type')]),
  row('user made with Object.create(null)', { root: { user: Object.assign(Object.create(null), { email: 'ivan@example.com' }) } }, {}),

  // Every problem is reported at once.
  refused(
    'several problems at once: all reported, nothing sent',
    { user: { sex: 'x', age: 1 }, order: { id: undefined }, item: { image: 'javascript:alert(1)', count: 0 } },
    [
      dropped('user.age', 'unknown_key'),
      dropped('user.sex', 'invalid_sex'),
      fatal('order.id', 'required'),
      dropped('order.items[0].image', 'invalid_url'),
      dropped('order.items[0].count', 'invalid_count'),
    ],
  ),
];

/**
 * Rules that close silent data errors: a lone `.` or `,` before exactly three digits may group
 * thousands or start decimals, so it is reported, never read as a decimal; number ids beyond 2^53
 * already lost digits; e-mails with control or invisible characters, or malformed dots and
 * hyphens, are malformed.
 */
export const HARDENED_ORACLE: readonly OracleCase[] = [
  refused('price "1,000" is ambiguous', { order: { price: '1,000' } }, [fatal('order.price', 'ambiguous_price')]),
  refused('price "1.000" is ambiguous', { order: { price: '1.000' } }, [fatal('order.price', 'ambiguous_price')]),
  refused('price "12.500" is ambiguous', { order: { price: '12.500' } }, [fatal('order.price', 'ambiguous_price')]),
  row('item price "1,000" is ambiguous: dropped and reported', { item: { price: '1,000' } }, {}, [
    dropped('order.items[0].price', 'ambiguous_price'),
  ]),
  row('count "1,000" is ambiguous: dropped and reported', { item: { count: '1,000' } }, {}, [
    dropped('order.items[0].count', 'ambiguous_count'),
  ]),
  row('count "1.000" is ambiguous: dropped and reported', { item: { count: '1.000' } }, {}, [
    dropped('order.items[0].count', 'ambiguous_count'),
  ]),
  row('price "1,234.56"', { order: { price: '1,234.56' } }, { order: { price: 1234.56 } }),
  row('price "1.234,56"', { order: { price: '1.234,56' } }, { order: { price: 1234.56 } }),
  row('price "1,000,000"', { order: { price: '1,000,000' } }, { order: { price: 1000000 } }),
  row('price "1.000.000"', { order: { price: '1.000.000' } }, { order: { price: 1000000 } }),
  row('price "1,000.00"', { order: { price: '1,000.00' } }, { order: { price: 1000 } }),
  refused('order id 2^53 + 1 as a number (already 2^53)', { order: { id: 9007199254740993 } }, [fatal('order.id', 'unsafe_integer')]),
  refused('item id 2^60 as a number', { item: { id: 2 ** 60 } }, [fatal('order.items[0].id', 'unsafe_integer')]),
  ...(
    [
      ['a zero-width space', 'ivan\u200b@example.com'],
      ['a soft hyphen', 'iv\u00adan@example.com'],
      ['NUL', 'ivan\u0000@example.com'],
      ['a right-to-left override', 'ivan@exa\u202emple.com'],
      ['a zero-width joiner in the domain', 'ivan@exam\u200dple.com'],
      ['dots and hyphens misplaced', '.ivan..x.@-example-.com'],
      ['the shape .a..b.@-x-.com', '.a..b.@-x-.com'],
    ] as const
  ).map(([what, email]) => refused(`e-mail with ${what} is malformed`, { user: { email } }, [fatal('user.email', 'invalid_email')])),
  row(
    'e-mail with a zero-width space and a phone: the phone is sent',
    { user: { email: 'ivan\u200b@example.com', phone: '+7 (999) 888-77-66' } },
    { user: { email: '79998887766@unknown.email' } },
    [dropped('user.email', 'invalid_email')],
  ),
];
