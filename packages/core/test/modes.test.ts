import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPostcheckout, FlocktoryValidationError, resolveMode, type PostcheckoutInput } from '../src/index';
import { minimalInput, withItem } from './helpers/build';
import { buildSafe } from './helpers/issues';
import { runPostcheckout } from './helpers/sandbox';

const fatalInput = { user: { email: 'a@b.co' } } as unknown as PostcheckoutInput;
const droppableInput = withItem({ id: 'a', image: 'javascript:alert(1)' }) as PostcheckoutInput;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('strict mode', () => {
  it('throws on a fatal problem', () => {
    expect(() => buildPostcheckout(fatalInput, { mode: 'strict' })).toThrow(FlocktoryValidationError);
  });

  it('throws on a droppable problem too, and never calls onError', () => {
    const onError = vi.fn();
    expect(() => buildPostcheckout(droppableInput, { mode: 'strict', onError })).toThrow(FlocktoryValidationError);
    expect(onError).not.toHaveBeenCalled();
  });

  it('returns the snippet with no issues when the data is good', () => {
    const onError = vi.fn();
    const snippet = buildPostcheckout(minimalInput(), { mode: 'strict', onError });
    expect(snippet?.issues).toEqual([]);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('safe mode', () => {
  it('a fatal problem renders nothing and is reported once', () => {
    const { snippet, onError, reported } = buildSafe(fatalInput);
    expect(snippet).toBeNull();
    expect(onError).toHaveBeenCalledOnce();
    expect(reported[0]).toEqual([{ path: 'order', code: 'required', message: expect.any(String), fatal: true }]);
  });

  it('a bad optional field is dropped, reported once, and the rest is sent', () => {
    const { snippet, onError, reported } = buildSafe(droppableInput);
    expect(onError).toHaveBeenCalledOnce();
    expect(reported[0]!.map((issue) => [issue.path, issue.code, issue.fatal])).toEqual([['order.items[0].image', 'invalid_url', false]]);
    expect(snippet!.issues).toEqual(reported[0]);
    expect(runPostcheckout(snippet!.code)).toEqual({
      user: { email: 'buyer@example.com' },
      order: { id: '1', price: 100, items: [{ id: 'a' }] },
    });
  });

  it('good data: onError is not called', () => {
    const { snippet, onError } = buildSafe(minimalInput());
    expect(snippet).not.toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('a throwing onError does not throw out', () => {
    const onError = vi.fn(() => {
      throw new Error('logger down');
    });
    expect(buildPostcheckout(fatalInput, { mode: 'safe', onError })).toBeNull();
    expect(buildPostcheckout(droppableInput, { mode: 'safe', onError })).not.toBeNull();
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('the default onError logs one line on console.error, every issue in it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const input = { user: { email: 'not an address' }, order: { id: 'A', price: '1,000', items: [{ id: 'x', image: 'ftp://x' }] } };
    expect(buildPostcheckout(input as unknown as PostcheckoutInput, { mode: 'safe' })).toBeNull();
    expect(spy).toHaveBeenCalledOnce();
    expect(spy.mock.calls[0]).toHaveLength(1);
    const line = String(spy.mock.calls[0]![0]);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Invalid Flocktory data: user\.email: .+; order\.price: .+; order\.items\[0\]\.image: .+$/);
  });

  it('a throwing console.error does not throw out', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {
      throw new Error('stderr closed');
    });
    expect(buildPostcheckout(fatalInput, { mode: 'safe' })).toBeNull();
  });
});

describe('default mode', () => {
  it('is safe when NODE_ENV is production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(resolveMode(undefined)).toBe('safe');
    expect(buildPostcheckout(fatalInput)).toBeNull();
    expect(spy).toHaveBeenCalledOnce();
  });

  it.each([['test'], ['development']])('is strict when NODE_ENV is %s', (value) => {
    vi.stubEnv('NODE_ENV', value);
    expect(resolveMode(undefined)).toBe('strict');
    expect(() => buildPostcheckout(fatalInput)).toThrow(FlocktoryValidationError);
  });

  // Vitest itself sets import.meta.env.DEV, so NODE_ENV unset, Vite's signal and "no process" are
  // tested on the built files: default-mode-built.test.ts.
  it.each([[''], ['staging'], ['prod']])('is safe when NODE_ENV is %j, and logs the problem', (value) => {
    vi.stubEnv('NODE_ENV', value);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(resolveMode(undefined)).toBe('safe');
    expect(buildPostcheckout(fatalInput)).toBeNull();
    expect(spy).toHaveBeenCalledOnce();
  });

  it('an explicit mode wins over NODE_ENV', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => buildPostcheckout(fatalInput, { mode: 'strict' })).toThrow(FlocktoryValidationError);
    vi.stubEnv('NODE_ENV', 'test');
    expect(buildPostcheckout(fatalInput, { mode: 'safe', onError: () => {} })).toBeNull();
  });
});
