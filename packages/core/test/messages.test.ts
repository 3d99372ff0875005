import { describe, expect, it, vi } from 'vitest';
import { buildPostcheckout, FlocktoryValidationError, type FlocktoryIssue, type PostcheckoutInput } from '../src/index';
import { buildLoader } from '../src/loader';
import { buildUser } from '../src/user';

const order = (overrides: Record<string, unknown> = {}, item: Record<string, unknown> = {}) =>
  ({
    user: { name: 'Ann', email: 'ann@example.com' },
    order: { id: 'A-1', price: 2999, items: [{ id: 'sku-1', title: 'Kettle', price: 2999, count: 1, ...item }], ...overrides },
  }) as unknown as PostcheckoutInput;

/** The issues safe mode reports for `input`. */
function reported(input: PostcheckoutInput): FlocktoryIssue[] {
  const onError = vi.fn();
  buildPostcheckout(input, { mode: 'safe', onError });
  expect(onError).toHaveBeenCalledOnce();
  return [...(onError.mock.calls[0]![0] as FlocktoryValidationError).issues];
}

const messageAt = (input: PostcheckoutInput, path: string) => reported(input).find((issue) => issue.path === path)?.message;

describe('issue messages say what was received and what is accepted', () => {
  it('a bad price: the text received, quoted, and the accepted forms', () => {
    const message = messageAt(order({ price: '29.99 EUR' }), 'order.price');
    expect(message).toContain('invalid price');
    expect(message).toContain('(received "29.99 EUR")');
    expect(message).toContain('"2 999,00"');
  });

  it('an ambiguous price says how to write it unambiguously', () => {
    const message = messageAt(order({ price: '1,999' }), 'order.price');
    expect(message).toContain('(received "1,999")');
    expect(message).toContain(`"1,000.00"`);
  });

  it('a bad count, e-mail, URL and sex each name the accepted form', () => {
    expect(messageAt(order({}, { count: 0 }), 'order.items[0].count')).toBe('invalid count: expected a whole number > 0 (received 0)');
    expect(messageAt(order({}, { image: 'ftp://x' }), 'order.items[0].image')).toBe(
      'invalid url: expected an absolute http(s) URL (received "ftp://x")',
    );
    const user = { user: { email: 'ann at example', phone: '123' }, order: order().order } as unknown as PostcheckoutInput;
    expect(messageAt(user, 'user.email')).toBe('invalid email: expected an address such as name@example.com (received "ann at example")');
    expect(messageAt(user, 'user.phone')).toContain('(received "123")');
    const sex = { user: { email: 'a@b.co', sex: 'x' }, order: order().order } as unknown as PostcheckoutInput;
    expect(messageAt(sex, 'user.sex')).toBe('invalid sex: expected m, f, male or female (received "x")');
  });

  it('long text is cut at 40 characters and escaped, so a log line stays one line', () => {
    const message = messageAt(order({ price: `x\n${'9'.repeat(100)}` }), 'order.price')!;
    expect(message).toContain(`(received "x\\n${'9'.repeat(38)}…")`);
    expect(message).not.toContain('\n');
  });

  it('objects are named by kind, never converted (a hostile toString does not run)', () => {
    const toString = vi.fn(() => 'boom');
    const message = messageAt(order({ price: { toString } }), 'order.price');
    expect(message).toContain('(received an object)');
    expect(messageAt(order({}, { id: ['x'] }), 'order.items[0].id')).toContain('(received an array)');
    expect(toString).not.toHaveBeenCalled();
  });

  it('the loader: a bad site id shows what was received and what is expected', () => {
    const onError = vi.fn();
    expect(buildLoader({ siteId: undefined as unknown as string, mode: 'safe', onError })).toBeNull();
    const [issue] = (onError.mock.calls[0]![0] as FlocktoryValidationError).issues;
    expect(issue).toMatchObject({ path: 'siteId', code: 'invalid_site_id' });
    expect(issue!.message).toBe("invalid site id: expected your site's id from Flocktory (digits) (received undefined)");
  });
});

describe('unknown keys are reported, never a crash, even in strict mode', () => {
  it("an item's extra `sku` in strict mode: the order is built and the key reported to onError", () => {
    const onError = vi.fn();
    const snippet = buildPostcheckout(order({}, { sku: 'K-1' }), { mode: 'strict', onError });
    expect(snippet).not.toBeNull();
    expect(snippet!.data.order.items[0]).not.toHaveProperty('sku');
    expect(onError).toHaveBeenCalledOnce();
    const issues = (onError.mock.calls[0]![0] as FlocktoryValidationError).issues;
    expect(issues).toEqual([expect.objectContaining({ path: 'order.items[0].sku', code: 'unknown_key', fatal: false })]);
  });

  it('an unknown key next to a real problem: strict throws both', () => {
    let thrown: unknown;
    try {
      buildPostcheckout(order({ price: 'x' }, { sku: 'K-1' }), { mode: 'strict' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FlocktoryValidationError);
    expect((thrown as FlocktoryValidationError).issues.map((issue) => issue.code).sort()).toEqual(['invalid_price', 'unknown_key']);
  });

  it('the same for the markers (one reader): an extra key on the user marker renders it in strict mode', () => {
    const onError = vi.fn();
    expect(buildUser({ email: 'a@b.co', age: 30 } as never, { mode: 'strict', onError })).not.toBeNull();
    expect(onError).toHaveBeenCalledOnce();
  });

  it('a forbidden key (__proto__) still throws in strict mode: it is an attack, not shop data', () => {
    const input = JSON.parse('{"user":{"email":"a@b.co","__proto__":{"x":1}},"order":{"id":"1","price":1,"items":[{"id":"a"}]}}');
    expect(() => buildPostcheckout(input, { mode: 'strict' })).toThrow(FlocktoryValidationError);
  });
});
