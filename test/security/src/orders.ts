/**
 * Orders with hostile strings in every string field and hostile unknown keys at every level, each
 * paired with the data that must be pushed, computed here from the docs' rules (not by the
 * library): text is trimmed and omitted when empty, prices parse "2 999,00", counts parse "2", sex
 * maps m/f, the user is known by e-mail, phone or user id (src/fallbacks.ts), unknown keys are
 * never sent but reported, and refused optional values (src/invalid-optionals.ts) are dropped
 * and reported.
 */
import fc from 'fast-check';
import type { IssueCode, PostcheckoutData, PostcheckoutInput } from '@flocktory-ssr/core';

import { identity } from './fallbacks';
import { badCount, badImage, badPrice, badSex, notText, type Refused } from './invalid-optionals';
import { hostileId, hostileString } from './strings';

export interface GeneratedOrder {
  input: PostcheckoutInput;
  expected: PostcheckoutData;
  /** Non-fatal issues: the unknown and forbidden keys, by path. */
  keyIssues: Array<{ path: string; code: IssueCode; fatal: false }>;
  /** Non-fatal issues: refused optional values and e-mail/phone fallbacks, by path. */
  fieldIssues: Array<{ path: string; code: IssueCode; fatal: false }>;
}

interface Field<T> {
  value: unknown;
  expected: T | undefined;
  /** The value is refused: not sent, reported with this code at the field's path. */
  issue?: IssueCode;
}

/** Mostly `valid`, sometimes a value the field refuses. */
function orRefused<T>(valid: fc.Arbitrary<Field<T>>, refused: fc.Arbitrary<Refused>): fc.Arbitrary<Field<T>> {
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: refused.map((bad): Field<T> => ({ value: bad.value, expected: undefined, issue: bad.issue })) },
  );
}

const absent = fc.constantFrom<Field<never>>({ value: undefined, expected: undefined }, { value: null, expected: undefined });

/** Optional text: trimmed; left out when nothing is left. */
const optionalText = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((text): Field<string> => ({ value: text, expected: text.trim() || undefined })) },
  { weight: 1, arbitrary: absent },
);

/** Required id: a hostile string that is not blank, or a number. */
const requiredId = fc.oneof(
  {
    weight: 4,
    arbitrary: hostileId
      .map((text) => (text.trim() === '' ? `${text}#` : text))
      .map((text): Field<string> => ({ value: text, expected: text.trim() })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0 }).map((id): Field<string> => ({ value: id, expected: String(id) })) },
);

const validImage = fc.oneof(
  {
    weight: 3,
    arbitrary: hostileString.map((text): Field<string> => {
      const url = `https://x.example/${text.replace(/\s/g, '')}`;
      return { value: url, expected: url };
    }),
  },
  { weight: 1, arbitrary: absent },
);

const image = orRefused(validImage, badImage);

const validSex = fc.constantFrom<Field<'m' | 'f'>>(
  { value: 'm', expected: 'm' },
  { value: 'F', expected: 'f' },
  { value: 'female', expected: 'f' },
  { value: ' MALE ', expected: 'm' },
  { value: '', expected: undefined },
  { value: undefined, expected: undefined },
);
const sex = orRefused(validSex, badSex);

const SPACES = ['', ' ', '\u00a0', '\u202f'] as const;

/**
 * "2 999,00"-style strings: digits grouped by a space of some kind, a dot or comma decimal part of
 * 1, 2 or 4+ digits (exactly 3 after one separator is ambiguous, refused: see the bad-input matrix).
 */
const priceString = fc
  .tuple(
    fc.integer({ min: 0, max: 999_999_999 }),
    fc.option(fc.stringMatching(/^(\d{1,2}|\d{4,6})$/), { nil: undefined }),
    fc.constantFrom('.', ','),
    fc.constantFrom(...SPACES),
  )
  .map(([whole, fraction, separator, space]): Field<number> => {
    const grouped = String(whole).replace(/\B(?=(\d{3})+$)/g, space);
    const text = fraction === undefined ? grouped : `${grouped}${separator}${fraction}`;
    return { value: text, expected: Number(fraction === undefined ? String(whole) : `${whole}.${fraction}`) };
  });

const priceNumber = fc
  .oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }))
  .map((price): Field<number> => ({ value: price, expected: price === 0 ? 0 : price }));

const requiredPrice = fc.oneof(priceNumber, priceString);
const optionalPrice = orRefused(fc.oneof({ weight: 3, arbitrary: requiredPrice }, { weight: 1, arbitrary: absent }), badPrice);

const count = orRefused(
  fc.oneof(
    fc.integer({ min: 1, max: 10_000 }).map((n): Field<number> => ({ value: n, expected: n })),
    fc.integer({ min: 1, max: 10_000 }).map((n): Field<number> => ({ value: ` ${n}`, expected: n })),
    absent,
  ),
  badCount,
);
const optionalTextOrRefused = orRefused(optionalText, notText);

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path the docs' error shape gives a key: `order.x`, or `order["odd key"]`. */
function keyPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Attribute and prop names that a component would pass on to its element if it let unknown props
 * through: `v-bind="purchase"` / `{...purchase}` put every top-level key of the input there.
 */
const ATTRIBUTE_NAMES = [
  'innerHTML',
  'textContent',
  'src',
  'onerror',
  'onload',
  'onClick',
  'type',
  'class',
  'className',
  'style',
  'id',
  'async',
  'defer',
  'integrity',
  'crossorigin',
  'dangerouslySetInnerHTML',
  'children',
  'data-flocktory',
  'is',
  'nomodule',
];
// The components' own props: a root key equal to one (or to one once Vue camelizes `on-error`) is an option, not an extra.
const PROPS = new Set(['user', 'order', 'spot', 'mode', 'nonce', 'onError']);
const isProp = (key: string) => PROPS.has(key.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()));

/** Root keys: hostile names, and the attribute names a component must never pass on. */
const rootKeys = fc
  .oneof(
    { weight: 8, arbitrary: fc.constant<string[]>([]) },
    { weight: 2, arbitrary: fc.uniqueArray(fc.constantFrom(...ATTRIBUTE_NAMES), { minLength: 1, maxLength: 5 }) },
    {
      weight: 1,
      arbitrary: fc.uniqueArray(
        fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')),
        { minLength: 1, maxLength: 2 },
      ),
    },
  )
  .map((keys) => keys.filter((key) => !isProp(key)));

// Mostly none, so most cases also exercise strict mode's rendering path.
const extraKeys = fc.oneof(
  { weight: 12, arbitrary: fc.constant<string[]>([]) },
  {
    weight: 1,
    arbitrary: fc.uniqueArray(
      fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')),
      { minLength: 1, maxLength: 2 },
    ),
  },
);

/** Adds own enumerable keys (even `__proto__`) that are not fields, and records their issues. */
function addExtraKeys(
  target: Record<string, unknown>,
  keys: string[],
  known: string[],
  parent: string,
  issues: GeneratedOrder['keyIssues'],
): void {
  for (const key of keys) {
    if (known.includes(key)) continue;
    Object.defineProperty(target, key, { value: `value of ${key}`, enumerable: true, writable: true, configurable: true });
    issues.push({ path: keyPath(parent, key), code: FORBIDDEN.has(key) ? 'forbidden_key' : 'unknown_key', fatal: false });
  }
}

/**
 * Puts a field on the input unless it is `undefined`, on the expectation when it is sent, and its
 * issue (at `parent.key`) when it is refused.
 */
function put<T>(
  input: Record<string, unknown>,
  expected: Record<string, unknown>,
  key: string,
  field: Field<T>,
  parent: string,
  issues: GeneratedOrder['fieldIssues'],
): void {
  if (field.value !== undefined) input[key] = field.value;
  if (field.expected !== undefined) expected[key] = field.expected;
  if (field.issue) issues.push({ path: keyPath(parent, key), code: field.issue, fatal: false });
}

const item = fc.record({ id: requiredId, title: optionalTextOrRefused, price: optionalPrice, image, count, keys: extraKeys });

export const generatedOrder: fc.Arbitrary<GeneratedOrder> = fc
  .record({
    name: optionalTextOrRefused,
    identity,
    sex,
    userKeys: extraKeys,
    orderId: requiredId,
    price: requiredPrice,
    customField: optionalTextOrRefused,
    orderKeys: extraKeys,
    items: fc.array(item, { minLength: 1, maxLength: 3 }),
    spot: optionalTextOrRefused,
    rootKeys,
  })
  .map((g): GeneratedOrder => {
    const keyIssues: GeneratedOrder['keyIssues'] = [];
    const fieldIssues: GeneratedOrder['fieldIssues'] = [...g.identity.issues];
    const user: Record<string, unknown> = { ...g.identity.fields };
    const expectedUser: Record<string, unknown> = { email: g.identity.sent };
    put(user, expectedUser, 'name', g.name, 'user', fieldIssues);
    put(user, expectedUser, 'sex', g.sex, 'user', fieldIssues);
    addExtraKeys(user, g.userKeys, ['name', 'email', 'sex', 'phone', 'id'], 'user', keyIssues);

    const items = g.items.map((generated, index) => {
      const input: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const key of ['id', 'title', 'price', 'image', 'count'] as const)
        put<unknown>(input, expected, key, generated[key] as Field<unknown>, `order.items[${index}]`, fieldIssues);
      addExtraKeys(input, generated.keys, ['id', 'title', 'price', 'image', 'count'], `order.items[${index}]`, keyIssues);
      return { input, expected };
    });
    const order: Record<string, unknown> = {};
    const expectedOrder: Record<string, unknown> = {};
    put(order, expectedOrder, 'id', g.orderId, 'order', fieldIssues);
    put(order, expectedOrder, 'price', g.price, 'order', fieldIssues);
    put(order, expectedOrder, 'custom_field', g.customField, 'order', fieldIssues);
    order.items = items.map((entry) => entry.input);
    expectedOrder.items = items.map((entry) => entry.expected);
    addExtraKeys(order, g.orderKeys, ['id', 'price', 'custom_field', 'items'], 'order', keyIssues);

    const input: Record<string, unknown> = { user, order };
    const expected: Record<string, unknown> = { user: expectedUser, order: expectedOrder };
    put(input, expected, 'spot', g.spot, '', fieldIssues);
    addExtraKeys(input, g.rootKeys, ['user', 'order', 'spot'], '', keyIssues);
    return { input: input as unknown as PostcheckoutInput, expected: expected as unknown as PostcheckoutData, keyIssues, fieldIssues };
  });

/** A CSP nonce as servers make them: base64 or base64url. */
export const validNonce = fc.option(fc.stringMatching(/^[A-Za-z0-9+/_-]{8,32}={0,2}$/), { nil: undefined });
