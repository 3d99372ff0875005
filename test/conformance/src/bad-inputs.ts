/**
 * The bad-input matrix: each documented bad-input case and its documented outcome.
 * strict: throws FlocktoryValidationError with exactly these issues.
 * safe: renders nothing when an issue is fatal, else renders without the bad optional field;
 * either way onError is called once with the same issues.
 */
import type { IssueCode, PostcheckoutData, PostcheckoutInput } from '@flocktory-ssr/core';

import { docsExample } from './corpus';

export interface ExpectedIssue {
  path: string;
  code: IssueCode;
  fatal: boolean;
}

export interface BadInputCase {
  name: string;
  /** A fresh input per call (some cases are cyclic or mutated). */
  input: () => PostcheckoutInput;
  nonce?: string;
  issues: ExpectedIssue[];
  /** What safe mode pushes: `null` means nothing at all is rendered. */
  safe: PostcheckoutData | null;
}

type Mutable = {
  user: Record<string, unknown>;
  order: Record<string, unknown> & { items: Array<Record<string, unknown>> };
  spot?: unknown;
} & Record<string, unknown>;

function example(change: (input: Mutable) => void = () => {}): () => PostcheckoutInput {
  return () => {
    const input = docsExample() as unknown as Mutable;
    change(input);
    return input as unknown as PostcheckoutInput;
  };
}

/** The docs example exactly as pushed (it is already normalized). */
function docsData(): PostcheckoutData {
  return docsExample() as unknown as PostcheckoutData;
}

/** The docs example's data with one change, as safe mode should push it. */
function exampleData(change: (data: Mutable) => void): PostcheckoutData {
  const data = docsExample() as unknown as Mutable;
  change(data);
  return data as unknown as PostcheckoutData;
}

const fatal = (path: string, code: IssueCode): ExpectedIssue => ({ path, code, fatal: true });
const dropped = (path: string, code: IssueCode): ExpectedIssue => ({ path, code, fatal: false });

class Customer {
  email = 'class@shop.example';
}

export const HOSTILE_NONCES: readonly string[] = [
  'abc" onload="alert(1)',
  "abc' onerror='alert(1)",
  'abc def',
  'abc><script>alert(1)</script>',
  'abc\u0000',
  'abc&quot;',
  '=abc',
  // Not hostile, but refused the same way: only @flocktory-ssr/next/app's components resolve "auto"
  // (to the request's nonce) before core sees it; sent literally, the CSP would block the script.
  'auto',
];

export function badInputs(): BadInputCase[] {
  const cases: BadInputCase[] = [
    {
      name: 'missing user',
      input: example((input) => delete (input as Partial<Mutable>).user),
      issues: [fatal('user', 'required')],
      safe: null,
    },
    {
      name: 'missing email with no phone or id',
      input: example((input) => delete input.user.email),
      issues: [fatal('user.email', 'required')],
      safe: null,
    },
    {
      name: 'malformed email, no fallback',
      input: example((input) => (input.user.email = 'ivan at gmail')),
      issues: [fatal('user.email', 'invalid_email')],
      safe: null,
    },
    {
      name: 'malformed email with a phone fallback',
      input: example((input) => Object.assign(input.user, { email: 'ivan@', phone: '8 (999) 888-77-66' })),
      issues: [dropped('user.email', 'invalid_email')],
      safe: exampleData((data) => (data.user.email = '89998887766@unknown.email')),
    },
    {
      name: 'missing order',
      input: example((input) => delete (input as Partial<Mutable>).order),
      issues: [fatal('order', 'required')],
      safe: null,
    },
    { name: 'missing order id', input: example((input) => delete input.order.id), issues: [fatal('order.id', 'required')], safe: null },
    { name: 'blank order id', input: example((input) => (input.order.id = ' \t ')), issues: [fatal('order.id', 'required')], safe: null },
    {
      name: 'missing order price',
      input: example((input) => delete input.order.price),
      issues: [fatal('order.price', 'required')],
      safe: null,
    },
    {
      name: 'negative order price',
      input: example((input) => (input.order.price = -1)),
      issues: [fatal('order.price', 'invalid_price')],
      safe: null,
    },
    {
      name: 'NaN order price',
      input: example((input) => (input.order.price = Number.NaN)),
      issues: [fatal('order.price', 'invalid_price')],
      safe: null,
    },
    {
      name: 'infinite order price',
      input: example((input) => (input.order.price = Number.POSITIVE_INFINITY)),
      issues: [fatal('order.price', 'invalid_price')],
      safe: null,
    },
    {
      name: 'order price with currency',
      input: example((input) => (input.order.price = '2 999,00 руб.')),
      issues: [fatal('order.price', 'invalid_price')],
      safe: null,
    },
    {
      name: 'order price grouped and decimal with one separator',
      input: example((input) => (input.order.price = '1,000,00')),
      issues: [fatal('order.price', 'invalid_price')],
      safe: null,
    },
    // One separator before exactly three digits: 1000 or 1? Never silently 1.
    {
      name: 'ambiguous order price "1,000"',
      input: example((input) => (input.order.price = '1,000')),
      issues: [fatal('order.price', 'ambiguous_price')],
      safe: null,
    },
    {
      name: 'ambiguous item price "12.500"',
      input: example((input) => (input.order.items[0]!.price = '12.500')),
      issues: [dropped('order.items[0].price', 'ambiguous_price')],
      safe: exampleData((data) => delete data.order.items[0]!.price),
    },
    {
      name: 'ambiguous count "1.000"',
      input: example((input) => (input.order.items[0]!.count = '1.000')),
      issues: [dropped('order.items[0].count', 'ambiguous_count')],
      safe: exampleData((data) => delete data.order.items[0]!.count),
    },
    {
      name: 'order id beyond 2^53 as a number',
      input: example((input) => (input.order.id = 9007199254740993)),
      issues: [fatal('order.id', 'unsafe_integer')],
      safe: null,
    },
    {
      name: 'item id beyond 2^53 as a number',
      input: example((input) => (input.order.items[0]!.id = 2 ** 60)),
      issues: [fatal('order.items[0].id', 'unsafe_integer')],
      safe: null,
    },
    {
      name: 'email with a zero-width space',
      input: example((input) => (input.user.email = 'iv\u200ban@gmail.com')),
      issues: [fatal('user.email', 'invalid_email')],
      safe: null,
    },
    {
      name: 'email with dots and dashes out of place',
      input: example((input) => (input.user.email = '.ivan..x.@-example-.com')),
      issues: [fatal('user.email', 'invalid_email')],
      safe: null,
    },
    {
      name: 'sparse items with length 2e7',
      input: example((input) => {
        input.order.items.length = 2e7;
      }),
      issues: [fatal('order.items', 'too_many_items')],
      safe: null,
    },
    {
      name: 'missing items',
      input: example((input) => delete (input.order as Partial<Mutable['order']>).items),
      issues: [fatal('order.items', 'required')],
      safe: null,
    },
    { name: 'empty items', input: example((input) => (input.order.items = [])), issues: [fatal('order.items', 'empty_items')], safe: null },
    {
      name: 'items not an array',
      input: example((input) => ((input.order as Record<string, unknown>).items = { 0: { id: '1' } })),
      issues: [fatal('order.items', 'invalid_type')],
      safe: null,
    },
    {
      name: 'item without id',
      input: example((input) => delete input.order.items[0]!.id),
      issues: [fatal('order.items[0].id', 'required')],
      safe: null,
    },
    {
      name: 'negative item price',
      input: example((input) => (input.order.items[0]!.price = -5)),
      issues: [dropped('order.items[0].price', 'invalid_price')],
      safe: exampleData((data) => delete data.order.items[0]!.price),
    },
    ...(
      [
        ['zero count', 0],
        ['fractional count', 1.5],
        ['negative count string', '-1'],
        ['word count', 'two'],
      ] as const
    ).map(([name, count]) => ({
      name,
      input: example((input) => (input.order.items[0]!.count = count)),
      issues: [dropped('order.items[0].count', 'invalid_count')],
      safe: exampleData((data) => delete data.order.items[0]!.count),
    })),
    ...(
      [
        ['javascript: image', 'javascript:alert(1)'],
        ['protocol-relative image', '//x.example/a.png'],
        ['data: image', 'data:image/png;base64,AAAA'],
        ['image with a quote-breaking URL', 'https://x.example/a b"onerror=alert(1)'],
      ] as const
    ).map(([name, image]) => ({
      name,
      input: example((input) => (input.order.items[0]!.image = image)),
      issues: [dropped('order.items[0].image', 'invalid_url')],
      safe: exampleData((data) => delete data.order.items[0]!.image),
    })),
    {
      name: 'unknown sex',
      input: example((input) => (input.user.sex = 'x')),
      issues: [dropped('user.sex', 'invalid_sex')],
      safe: exampleData((data) => delete data.user.sex),
    },
    {
      name: 'user is a class instance',
      input: example((input) => (input.user = new Customer() as unknown as Record<string, unknown>)),
      issues: [fatal('user', 'not_plain_data')],
      safe: null,
    },
    {
      name: 'order is a Map',
      input: example((input) => ((input as Record<string, unknown>).order = new Map([['id', '1']]))),
      issues: [fatal('order', 'not_plain_data')],
      safe: null,
    },
    {
      name: 'title is a function',
      input: example((input) => (input.order.items[0]!.title = () => '</script>')),
      issues: [dropped('order.items[0].title', 'not_plain_data')],
      safe: exampleData((data) => delete data.order.items[0]!.title),
    },
    {
      name: 'order id is a Date',
      input: example((input) => (input.order.id = new Date(0))),
      issues: [fatal('order.id', 'invalid_type')],
      safe: null,
    },
    {
      name: 'cycle: the order inside its own items',
      input: example((input) => input.order.items.push(input.order)),
      issues: [fatal('order.items[1]', 'circular')],
      safe: null,
    },
    {
      name: '__proto__ and constructor keys at every level (JSON input)',
      input: () => {
        const json = JSON.stringify(docsExample())
          .replace('{"user":{', '{"__proto__":{"polluted":1},"user":{"constructor":{"prototype":{"polluted":1}},')
          .replace('"order":{', '"order":{"__proto__":{"polluted":1},')
          .replace('"items":[{', '"items":[{"prototype":{"polluted":1},');
        return JSON.parse(json) as PostcheckoutInput;
      },
      issues: [
        dropped('__proto__', 'forbidden_key'),
        dropped('user.constructor', 'forbidden_key'),
        dropped('order.__proto__', 'forbidden_key'),
        dropped('order.items[0].prototype', 'forbidden_key'),
      ],
      safe: docsData(),
    },
    {
      name: 'unknown keys (hostile names) at every level',
      input: example((input) => {
        input['</script><script>alert(1)</script>'] = 1;
        input.user['<!--'] = 'x';
        input.order['\u2028'] = 'x';
        input.order.items[0]!['"><svg onload=alert(1)>'] = 'x';
      }),
      issues: [
        dropped('["</script><script>alert(1)</script>"]', 'unknown_key'),
        dropped('user["<!--"]', 'unknown_key'),
        dropped('order["\u2028"]', 'unknown_key'),
        dropped('order.items[0]["\\"><svg onload=alert(1)>"]', 'unknown_key'),
      ],
      safe: docsData(),
    },
    {
      name: 'a throwing getter',
      input: example((input) =>
        Object.defineProperty(input.order, 'id', {
          enumerable: true,
          get() {
            throw new Error('</script><script>alert(1)</script>');
          },
        }),
      ),
      issues: [fatal('', 'unreadable')],
      safe: null,
    },
  ];
  for (const nonce of HOSTILE_NONCES) {
    cases.push({
      name: `hostile nonce ${JSON.stringify(nonce)}`,
      input: example(),
      nonce,
      issues: [fatal('nonce', 'invalid_nonce')],
      safe: null,
    });
  }
  return cases;
}

export interface BadLoaderCase {
  name: string;
  siteId: unknown;
  src?: unknown;
  nonce?: string;
  issues: ExpectedIssue[];
}

/** Loader options that must never become markup: rendered as nothing (safe) or thrown (strict). */
export function badLoaderInputs(): BadLoaderCase[] {
  return [
    { name: 'site id with a quote', siteId: '1" onload="alert(1)', issues: [fatal('siteId', 'invalid_site_id')] },
    { name: 'site id with markup', siteId: '1></script><script>alert(1)</script>', issues: [fatal('siteId', 'invalid_site_id')] },
    { name: 'missing site id', siteId: undefined, issues: [fatal('siteId', 'invalid_site_id')] },
    { name: 'javascript: src', siteId: 1, src: 'javascript:alert(1)//', issues: [fatal('src', 'invalid_url')] },
    // Protocol-relative (`//host/…`) is accepted; without a host, or with a backslash (read as "/"), it is not.
    { name: 'protocol-relative src without a host', siteId: 1, src: '///evil.example/loader.js', issues: [fatal('src', 'invalid_url')] },
    { name: 'protocol-relative src with a backslash', siteId: 1, src: '//\\evil.example/loader.js', issues: [fatal('src', 'invalid_url')] },
    { name: 'src with a quote', siteId: 1, src: 'https://x.example/l.js" onload="alert(1)', issues: [fatal('src', 'invalid_url')] },
    { name: 'src with markup', siteId: 1, src: '/l.js><script>alert(1)</script>', issues: [fatal('src', 'invalid_url')] },
    ...HOSTILE_NONCES.map((nonce) => ({
      name: `loader with hostile nonce ${JSON.stringify(nonce)}`,
      siteId: 1,
      nonce,
      issues: [fatal('nonce', 'invalid_nonce')],
    })),
  ];
}
