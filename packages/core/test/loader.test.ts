import { describe, expect, it, vi } from 'vitest';
import { FlocktoryValidationError, type FlocktoryIssue } from '../src/index';
import { buildLoader, DEFAULT_LOADER_SRC, type LoaderOptions } from '../src/loader';
import { thrownIssues } from './helpers/issues';

function loaderIssues(options: LoaderOptions) {
  const strict = thrownIssues(() => buildLoader({ ...options, mode: 'strict' }));
  const onError = vi.fn();
  expect(buildLoader({ ...options, mode: 'safe', onError })).toBeNull();
  expect(onError).toHaveBeenCalledOnce();
  expect(onError.mock.calls[0]![0]).toBeInstanceOf(FlocktoryValidationError);
  expect((onError.mock.calls[0]![0] as FlocktoryValidationError).issues).toEqual(strict);
  return strict.map(({ path, code, fatal }) => ({ path, code, fatal }));
}

describe('buildLoader', () => {
  it('defaults to Flocktory’s loader with the site id', () => {
    expect(DEFAULT_LOADER_SRC).toBe('https://api.flocktory.com/v2/loader.js');
    expect(buildLoader({ siteId: '123', mode: 'strict' })).toEqual({
      src: 'https://api.flocktory.com/v2/loader.js?site_id=123',
      nonce: undefined,
    });
  });

  it('accepts a numeric site id and trims a string one', () => {
    expect(buildLoader({ siteId: 123, mode: 'strict' })!.src).toBe('https://api.flocktory.com/v2/loader.js?site_id=123');
    expect(buildLoader({ siteId: ' 42 ', mode: 'strict' })!.src).toBe('https://api.flocktory.com/v2/loader.js?site_id=42');
  });

  it('src can be overridden, with or without a query', () => {
    expect(buildLoader({ siteId: 1, src: 'https://cdn.shop.example/fl/loader.js', mode: 'strict' })!.src).toBe(
      'https://cdn.shop.example/fl/loader.js?site_id=1',
    );
    expect(buildLoader({ siteId: 1, src: 'http://127.0.0.1:3000/loader.js?v=2', mode: 'strict' })!.src).toBe(
      'http://127.0.0.1:3000/loader.js?v=2&site_id=1',
    );
  });

  it('puts site_id before a #fragment', () => {
    expect(buildLoader({ siteId: 1, src: '/loader.js?v=2#debug', mode: 'strict' })!.src).toBe('/loader.js?v=2&site_id=1#debug');
    expect(buildLoader({ siteId: 1, src: '/loader.js#debug', mode: 'strict' })!.src).toBe('/loader.js?site_id=1#debug');
  });

  it('a root-relative src is allowed (self-hosting, tests)', () => {
    expect(buildLoader({ siteId: 7, src: '/flocktory/loader.js', mode: 'strict' })!.src).toBe('/flocktory/loader.js?site_id=7');
  });

  it("a protocol-relative src is allowed (the form in Flocktory's Russian docs): the page's scheme is used", () => {
    expect(buildLoader({ siteId: 7, src: '//api.flocktory.com/v2/loader.js', mode: 'strict' })!.src).toBe(
      '//api.flocktory.com/v2/loader.js?site_id=7',
    );
    expect(buildLoader({ siteId: 7, src: '//cdn.shop.example:8443/fl/loader.js?v=2#x', mode: 'strict' })!.src).toBe(
      '//cdn.shop.example:8443/fl/loader.js?v=2&site_id=7#x',
    );
  });

  it('a refused src is told what is accepted, and what was received', () => {
    const [{ message }] = thrownIssues(() => buildLoader({ siteId: 1, src: 'loader.js', mode: 'strict' })) as [FlocktoryIssue];
    expect(message).toContain('https://host/…, http://host/…, //host/… or /path');
    expect(message).toContain('(received "loader.js")');
    expect(message).not.toContain('starting with "/"');
  });

  it('carries a valid nonce', () => {
    expect(buildLoader({ siteId: 7, nonce: 'abc+/=', mode: 'strict' })).toEqual({
      src: 'https://api.flocktory.com/v2/loader.js?site_id=7',
      nonce: 'abc+/=',
    });
  });

  it.each([['12a'], ['"><script>'], [''], ['  '], [-1], [1.5], [Number.NaN], [1e21], ['1'.repeat(21)], [null], [{}]])(
    'site id %j is refused in both modes',
    (siteId) => {
      expect(loaderIssues({ siteId: siteId as string })).toEqual([{ path: 'siteId', code: 'invalid_site_id', fatal: true }]);
    },
  );

  it('a numeric site id beyond 2^53 is refused (it lost digits before it reached us); up to it, accepted', () => {
    const errors: FlocktoryValidationError[] = [];
    expect(buildLoader({ siteId: 12345678901234567890, mode: 'safe', onError: (error) => errors.push(error) })).toBeNull();
    expect(errors[0]!.issues).toEqual([
      {
        path: 'siteId',
        code: 'invalid_site_id',
        fatal: true,
        message:
          "invalid site id: expected your site's id from Flocktory (digits); beyond 2^53 digits may be lost: pass it as a string (received 12345678901234567000)",
      },
    ]);
    expect(loaderIssues({ siteId: 2 ** 53 })).toEqual([{ path: 'siteId', code: 'invalid_site_id', fatal: true }]);
    expect(buildLoader({ siteId: Number.MAX_SAFE_INTEGER, mode: 'strict' })!.src).toMatch(/\?site_id=9007199254740991$/);
    expect(buildLoader({ siteId: '12345678901234567890', mode: 'strict' })!.src).toMatch(/\?site_id=12345678901234567890$/);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)//.js'],
    ['/\\evil.example/loader.js'],
    // Protocol-relative needs a host, and no backslash (browsers read it as "/").
    ['//'],
    ['///evil.example/loader.js'],
    ['//\\evil.example/loader.js'],
    ['//?x'],
    ['// evil.example/loader.js'],
    ['//evil.example/a"onload="alert(1)'],
    ['data:text/javascript,alert(1)'],
    ['loader.js'],
    ['https://x.example/a"onload="alert(1)'],
    ["https://x.example/a'b"],
    ['https://x.example/a b'],
    ['https://x.example/<script>'],
    ['https://x.example/`'],
    [''],
    [42],
  ])('src %j is refused in both modes', (src) => {
    expect(loaderIssues({ siteId: 1, src: src as string })).toEqual([{ path: 'src', code: 'invalid_url', fatal: true }]);
  });

  it('the src check is linear: 100,000 characters are checked at once, valid or not', () => {
    const long = 'a'.repeat(100_000);
    expect(buildLoader({ siteId: 1, src: `https://${long}/l.js`, mode: 'strict' })!.src).toHaveLength(100_000 + 23);
    expect(loaderIssues({ siteId: 1, src: `https://${long} ` })).toEqual([{ path: 'src', code: 'invalid_url', fatal: true }]);
    expect(loaderIssues({ siteId: 1, src: `https://x${'/'.repeat(100_000)}"` })).toEqual([
      { path: 'src', code: 'invalid_url', fatal: true },
    ]);
    expect(loaderIssues({ siteId: 1, src: `/${long}<` })).toEqual([{ path: 'src', code: 'invalid_url', fatal: true }]);
  });

  it.each([
    ['/loader.js?site_id=666', '/loader.js?site_id=42'],
    ['/loader.js?v=1&site_id=666&x=2', '/loader.js?v=1&x=2&site_id=42'],
    ['/loader.js?site_id&site_id=1&site_id=2#frag', '/loader.js?site_id=42#frag'],
    ['https://cdn.example/l.js?site_id=', 'https://cdn.example/l.js?site_id=42'],
  ])('a src with its own site_id (%j): replaced by siteId, reported, not fatal', (src, sent) => {
    const onError = vi.fn();
    expect(buildLoader({ siteId: 42, src, mode: 'safe', onError })!.src).toBe(sent);
    expect((onError.mock.calls[0]![0] as FlocktoryValidationError).issues).toEqual([
      { path: 'src', code: 'src_has_site_id', message: expect.stringMatching(/replaced by siteId/), fatal: false },
    ]);
    // Strict mode throws on every issue, this one too.
    expect(thrownIssues(() => buildLoader({ siteId: 42, src, mode: 'strict' })).map((issue) => issue.code)).toEqual(['src_has_site_id']);
  });

  it('parameters that only look like site_id are kept', () => {
    expect(buildLoader({ siteId: 1, src: '/l.js?my_site_id=5&site_idx=6&v=site_id=7', mode: 'strict' })!.src).toBe(
      '/l.js?my_site_id=5&site_idx=6&v=site_id=7&site_id=1',
    );
    expect(buildLoader({ siteId: 1, src: '/l.js#?site_id=5', mode: 'strict' })!.src).toBe('/l.js?site_id=1#?site_id=5');
  });

  it('reports site id, src and nonce problems at once', () => {
    expect(
      loaderIssues({ siteId: 'x', src: '///evil', nonce: 'a b' })
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(['nonce', 'siteId', 'src']);
  });

  it('a throwing onError does not throw out', () => {
    expect(
      buildLoader({
        siteId: 'x',
        mode: 'safe',
        onError: () => {
          throw new Error('x');
        },
      }),
    ).toBeNull();
  });
});
