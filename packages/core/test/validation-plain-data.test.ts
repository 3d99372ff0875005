import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { normalizePostcheckout } from '../src/index';
import { minimalInput, pushedFor, withItem, withOrder } from './helpers/build';
import { buildSafe, expectIssues } from './helpers/issues';
import { runPostcheckout } from './helpers/sandbox';

class Foo {
  id = 'a';
}

describe('functions and symbols', () => {
  it('as required fields: fatal not_plain_data', () => {
    expectIssues(withOrder({ id: () => '1', price: () => 1 }), [
      { path: 'order.id', code: 'not_plain_data' },
      { path: 'order.price', code: 'not_plain_data' },
    ]);
    expectIssues({ ...minimalInput(), user: () => ({ email: 'a@b.co' }) }, [{ path: 'user', code: 'not_plain_data' }]);
    expectIssues(withItem({ id: Symbol('x') }), [{ path: 'order.items[0].id', code: 'not_plain_data' }]);
  });

  it('as optional fields: dropped and reported', () => {
    const safe = expectIssues(withItem({ id: 'a', title: () => 'x', image: Symbol('i') }), [
      { path: 'order.items[0].title', code: 'not_plain_data', fatal: false },
      { path: 'order.items[0].image', code: 'not_plain_data', fatal: false },
    ]);
    expect(runPostcheckout(safe.snippet!.code)).toMatchObject({ order: { items: [{ id: 'a' }] } });
  });
});

describe('class instances', () => {
  it.each([
    ['Date', new Date(0)],
    ['Map', new Map([['email', 'a@b.co']])],
    ['class Foo', new Foo()],
    ['String object', new String('x')],
  ])('a %s as user, order or item is fatal', (_name, instance) => {
    expectIssues({ ...minimalInput(), user: instance }, [{ path: 'user', code: 'not_plain_data' }]);
    expectIssues({ ...minimalInput(), order: instance }, [{ path: 'order', code: 'not_plain_data' }]);
    expectIssues(withOrder({ items: [{ id: 'a' }, instance] }), [{ path: 'order.items[1]', code: 'not_plain_data' }]);
    expectIssues(Object.assign(Object.create(instance as object) as object, minimalInput()), [{ path: '', code: 'not_plain_data' }]);
  });

  it('a Date as an id is refused, never turned into a date string', () => {
    expectIssues(withOrder({ id: new Date(0) }), [{ path: 'order.id', code: 'invalid_type' }]);
  });

  it('plain objects and arrays from another realm (vm, iframes) are plain data', () => {
    const foreign = vm.runInNewContext('({ user: { email: "a@b.co" }, order: { id: 1, price: "2,5", items: [{ id: 2 }] } })') as unknown;
    expect(pushedFor(foreign)).toEqual({ user: { email: 'a@b.co' }, order: { id: '1', price: 2.5, items: [{ id: '2' }] } });
  });

  it('objects with a null prototype are plain data', () => {
    const user = Object.assign(Object.create(null) as object, { email: 'a@b.co' });
    expect(pushedFor({ ...minimalInput(), user }).user).toEqual({ email: 'a@b.co' });
  });
});

describe('cycles', () => {
  it('an item that is the order', () => {
    const input = minimalInput() as unknown as { order: { items: unknown[] } };
    input.order.items = [input.order];
    expectIssues(input, [{ path: 'order.items[0]', code: 'circular' }]);
  });

  it('a user that is the root', () => {
    const input = minimalInput() as unknown as Record<string, unknown>;
    input.user = input;
    expectIssues(input, [{ path: 'user', code: 'circular' }]);
  });

  it('an items array that contains itself', () => {
    const items: unknown[] = [];
    items.push(items);
    expectIssues(withOrder({ items }), [{ path: 'order.items[0]', code: 'circular' }]);
  });

  it('the same item twice is no cycle', () => {
    const item = { id: 'a' };
    expect(pushedFor(withOrder({ items: [item, item] })).order.items).toEqual([{ id: 'a' }, { id: 'a' }]);
  });

  it('a cycle under an unknown key is not followed (dropped, not fatal)', () => {
    const input = minimalInput() as unknown as Record<string, unknown>;
    input.self = input;
    const safe = expectIssues(input, [{ path: 'self', code: 'unknown_key', fatal: false }]);
    expect(safe.snippet).not.toBeNull();
  });
});

describe('__proto__, constructor and prototype keys', () => {
  it('__proto__ from JSON.parse at every level is dropped and reported, and pollutes nothing', () => {
    const input = JSON.parse(
      '{"__proto__":{"polluted":1},"user":{"email":"a@b.co","__proto__":{"polluted":1}},' +
        '"order":{"id":"1","price":1,"__proto__":{"polluted":1},"items":[{"id":"a","__proto__":{"title":"polluted"}}]}}',
    ) as unknown;
    const safe = expectIssues(input, [
      { path: '__proto__', code: 'forbidden_key', fatal: false },
      { path: 'user.__proto__', code: 'forbidden_key', fatal: false },
      { path: 'order.__proto__', code: 'forbidden_key', fatal: false },
      { path: 'order.items[0].__proto__', code: 'forbidden_key', fatal: false },
    ]);
    expect(runPostcheckout(safe.snippet!.code)).toEqual({ user: { email: 'a@b.co' }, order: { id: '1', price: 1, items: [{ id: 'a' }] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('a __proto__ payload cannot supply a required field', () => {
    const input = JSON.parse('{"user":{"__proto__":{"email":"evil@x.co"}},"order":{"id":"1","price":1,"items":[{"id":"a"}]}}') as unknown;
    expectIssues(input, [
      { path: 'user.__proto__', code: 'forbidden_key', fatal: false },
      { path: 'user.email', code: 'required' },
    ]);
  });

  it.each([['constructor'], ['prototype']])('%s at every level', (key) => {
    const input = minimalInput() as unknown as Record<string, Record<string, unknown>>;
    const order = input.order as { items: Record<string, unknown>[] };
    for (const target of [input, input.user!, input.order!, order.items[0]!]) target[key] = { polluted: true };
    const safe = expectIssues(input, [
      { path: key, code: 'forbidden_key', fatal: false },
      { path: `user.${key}`, code: 'forbidden_key', fatal: false },
      { path: `order.${key}`, code: 'forbidden_key', fatal: false },
      { path: `order.items[0].${key}`, code: 'forbidden_key', fatal: false },
    ]);
    expect(safe.snippet!.code).not.toContain(key);
  });
});

describe('unreadable input: throwing getters and Proxy traps', () => {
  const hostile: [string, () => unknown][] = [
    [
      'a getter that throws',
      () => ({
        ...minimalInput(),
        user: Object.defineProperty({}, 'email', {
          enumerable: true,
          get() {
            throw new Error('boom');
          },
        }),
      }),
    ],
    [
      'a Proxy whose ownKeys throws',
      () =>
        new Proxy(minimalInput(), {
          ownKeys: () => {
            throw new Error('boom');
          },
        }),
    ],
    [
      'a Proxy whose get throws',
      () => ({
        ...minimalInput(),
        order: new Proxy(minimalInput().order, {
          get: () => {
            throw new Error('boom');
          },
        }),
      }),
    ],
    [
      'a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return { ...minimalInput(), order: proxy };
      },
    ],
    [
      'a throw of a Proxy whose getPrototypeOf throws',
      () => ({
        ...minimalInput(),
        user: Object.defineProperty({}, 'email', {
          enumerable: true,
          get() {
            throw new Proxy(
              {},
              {
                getPrototypeOf: () => {
                  throw new Error('again');
                },
              },
            );
          },
        }),
      }),
    ],
    [
      'a thrown Error whose message getter throws',
      () => ({
        ...minimalInput(),
        user: Object.defineProperty({}, 'email', {
          enumerable: true,
          get() {
            throw Object.defineProperty(new Error(), 'message', {
              get: () => {
                throw new Error('again');
              },
            });
          },
        }),
      }),
    ],
  ];

  it.each(hostile)('%s: strict throws one "unreadable" issue, safe returns null and never throws', (_name, make) => {
    const safe = expectIssues(make(), [{ path: '', code: 'unreadable' }]);
    expect(safe.snippet).toBeNull();
  });

  it.each(hostile)('%s: normalizePostcheckout does not throw either', (_name, make) => {
    const result = normalizePostcheckout(make());
    expect(result.data).toBeUndefined();
    expect(result.issues.at(-1)).toMatchObject({ path: '', code: 'unreadable', fatal: true });
  });

  it('a throwing getter on an unknown key is never read', () => {
    const input = Object.defineProperty(minimalInput(), 'extra', {
      enumerable: true,
      get() {
        throw new Error('must not be read');
      },
    });
    const { snippet } = buildSafe(input);
    expect(snippet).not.toBeNull();
  });
});
