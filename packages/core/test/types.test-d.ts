/**
 * Type tests, checked by vitest's typecheck (tsc): what the docs require is required in the types.
 * Every `@ts-expect-error` fails the run if the line below it compiles.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  FlocktoryOptions,
  PostcheckoutData,
  PostcheckoutInput,
  PostcheckoutItemInput,
  PostcheckoutOrderInput,
  PostcheckoutSnippet,
  PostcheckoutUserInput,
} from '../src/index';
import { cspHash } from '../src/csp-hash';
import { buildPostcheckout, normalizePostcheckout } from '../src/index';
import { buildLoader } from '../src/loader';
import { pushPostcheckoutOnce } from '../src/client';

const items = [{ id: '1' }];

describe('PostcheckoutUserInput', () => {
  it('needs email, or phone, or id', () => {
    expectTypeOf({ email: 'a@b.co' }).toExtend<PostcheckoutUserInput>();
    expectTypeOf({ phone: '+7 999 888 77 66' }).toExtend<PostcheckoutUserInput>();
    expectTypeOf({ phone: 79998887766 }).toExtend<PostcheckoutUserInput>();
    expectTypeOf({ id: 12345678 }).toExtend<PostcheckoutUserInput>();
    expectTypeOf({ id: 12345678n }).toExtend<PostcheckoutUserInput>();
    expectTypeOf({ name: 'Ivan', email: 'a@b.co', sex: 'm', phone: null, id: null }).toExtend<PostcheckoutUserInput>();

    // @ts-expect-error no email, phone or id
    const none: PostcheckoutUserInput = { name: 'Ivan', sex: 'm' };
    // @ts-expect-error all three absent
    const nulls: PostcheckoutUserInput = { email: null, phone: null, id: null };
    // @ts-expect-error email is a string
    const numeric: PostcheckoutUserInput = { email: 42 };
    void [none, nulls, numeric];
  });
});

describe('PostcheckoutOrderInput', () => {
  it('needs id, price and items; custom_field is optional', () => {
    expectTypeOf({ id: 77, price: '2 999,00', items }).toExtend<PostcheckoutOrderInput>();
    expectTypeOf({ id: '77', price: 2000, custom_field: 'x', items }).toExtend<PostcheckoutOrderInput>();

    // @ts-expect-error no id
    const noId: PostcheckoutOrderInput = { price: 1, items };
    // @ts-expect-error no price
    const noPrice: PostcheckoutOrderInput = { id: 1, items };
    // @ts-expect-error no items
    const noItems: PostcheckoutOrderInput = { id: 1, price: 1 };
    // @ts-expect-error price is not a boolean
    const badPrice: PostcheckoutOrderInput = { id: 1, price: true, items };
    void [noId, noPrice, noItems, badPrice];
  });
});

describe('PostcheckoutItemInput', () => {
  it('needs id; title, price, image and count are optional', () => {
    expectTypeOf({ id: 'sku' }).toExtend<PostcheckoutItemInput>();
    expectTypeOf({ id: 1, title: 't', price: '10,50', image: 'https://x/y.jpg', count: '2' }).toExtend<PostcheckoutItemInput>();
    expectTypeOf({ id: 1, title: null, price: null, image: null, count: null }).toExtend<PostcheckoutItemInput>();

    // @ts-expect-error no id
    const noId: PostcheckoutItemInput = { title: 'Nike Shoes' };
    void noId;
  });
});

describe('PostcheckoutInput', () => {
  it('needs user and order; spot is optional', () => {
    expectTypeOf({ user: { email: 'a@b.co' }, order: { id: 1, price: 1, items } }).toExtend<PostcheckoutInput>();
    expectTypeOf({ user: { email: 'a@b.co' }, order: { id: 1, price: 1, items }, spot: 'desktop' }).toExtend<PostcheckoutInput>();

    // @ts-expect-error no user
    const noUser: PostcheckoutInput = { order: { id: 1, price: 1, items } };
    // @ts-expect-error no order
    const noOrder: PostcheckoutInput = { user: { email: 'a@b.co' } };
    // @ts-expect-error unknown top-level key in a literal
    const extra: PostcheckoutInput = { user: { email: 'a@b.co' }, order: { id: 1, price: 1, items }, total: 1 };
    void [noUser, noOrder, extra];
  });
});

describe('results', () => {
  it('normalized data has the documented types', () => {
    expectTypeOf<PostcheckoutData['user']['email']>().toEqualTypeOf<string>();
    expectTypeOf<PostcheckoutData['user']['sex']>().toEqualTypeOf<'m' | 'f' | undefined>();
    expectTypeOf<PostcheckoutData['order']['id']>().toEqualTypeOf<string>();
    expectTypeOf<PostcheckoutData['order']['price']>().toEqualTypeOf<number>();
    expectTypeOf<PostcheckoutData['order']['items'][number]['id']>().toEqualTypeOf<string>();
    expectTypeOf<PostcheckoutData['order']['items'][number]['count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PostcheckoutData['spot']>().toEqualTypeOf<string | undefined>();
  });

  it('the functions return what the docs of the API say', () => {
    expectTypeOf(buildPostcheckout).returns.toEqualTypeOf<PostcheckoutSnippet | null>();
    expectTypeOf<PostcheckoutSnippet['hash']>().toEqualTypeOf<Promise<string>>();
    expectTypeOf<PostcheckoutSnippet['code']>().toEqualTypeOf<string>();
    expectTypeOf(cspHash).returns.toEqualTypeOf<string>();
    expectTypeOf(normalizePostcheckout).returns.toHaveProperty('issues');
    expectTypeOf(buildLoader).returns.toEqualTypeOf<{ readonly src: string; readonly nonce: string | undefined } | null>();
    expectTypeOf(pushPostcheckoutOnce).parameter(0).toEqualTypeOf<PostcheckoutData>();
    expectTypeOf<FlocktoryOptions['mode']>().toEqualTypeOf<'strict' | 'safe' | undefined>();
  });
});
