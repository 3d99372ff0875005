/**
 * buildLoader remembers the last configuration (siteId, src, mode) that had no issue, so a server
 * that passes the same one on every page only has the nonce checked; a configuration with any
 * issue is checked and reported on every call.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlocktoryValidationError } from '../src/index';
import { buildLoader, type LoaderOptions } from '../src/loader';
import { thrownIssues } from './helpers/issues';

/** How many regular-expression tests one call runs: none when nothing but an absent nonce is checked. */
function checksOf(options: LoaderOptions): number {
  const test = vi.spyOn(RegExp.prototype, 'test');
  try {
    buildLoader(options);
    return test.mock.calls.length;
  } finally {
    test.mockRestore();
  }
}

/** Safe mode: what it returned and the codes of each report. */
function safeCall(options: LoaderOptions) {
  const onError = vi.fn();
  const loader = buildLoader({ ...options, mode: 'safe', onError });
  return { loader, reports: onError.mock.calls.map(([error]) => (error as FlocktoryValidationError).issues.map((issue) => issue.code)) };
}

afterEach(() => vi.restoreAllMocks());

describe('buildLoader on a repeated configuration', () => {
  const config: LoaderOptions = { siteId: '1234', src: '/flocktory/loader.js?v=2', mode: 'safe' };

  it('returns equal output call after call, a fresh object each time, without checking the config again', () => {
    const first = buildLoader(config);
    expect(first).toEqual({ src: '/flocktory/loader.js?v=2&site_id=1234', nonce: undefined });
    expect(checksOf(config)).toBe(0);
    for (const nonce of [undefined, null, '', 'abc+/=', 'a-b_c']) {
      expect(buildLoader({ ...config, nonce })).toEqual({ src: first!.src, nonce: nonce || undefined });
    }
    // What a caller does with its object never reaches the next call's.
    (first as { src: string }).src = 'javascript:alert(1)';
    expect(buildLoader(config)!.src).toBe('/flocktory/loader.js?v=2&site_id=1234');
  });

  it('checks a changed siteId, src or mode again', () => {
    buildLoader(config);
    expect(checksOf(config)).toBe(0);
    expect(checksOf({ ...config, siteId: 1234 })).toBeGreaterThan(0);
    expect(checksOf({ ...config, src: '/flocktory/loader.js' })).toBeGreaterThan(0);
    expect(checksOf({ ...config, mode: 'strict' })).toBeGreaterThan(0);
    // The last one without issues is the one remembered.
    expect(checksOf({ ...config, mode: 'strict' })).toBe(0);
    expect(checksOf(config)).toBeGreaterThan(0);
    // A changed config with an issue is found, even right after a valid one.
    buildLoader(config);
    expect(safeCall({ ...config, siteId: '12a' })).toEqual({ loader: null, reports: [['invalid_site_id']] });
    expect(safeCall({ ...config, src: '///evil.example/loader.js' })).toEqual({ loader: null, reports: [['invalid_url']] });
    expect(safeCall(config)).toEqual({ loader: { src: '/flocktory/loader.js?v=2&site_id=1234', nonce: undefined }, reports: [] });
  });

  it.each<[string, LoaderOptions, string[]]>([
    ['a bad site id', { siteId: 'abc' }, ['invalid_site_id']],
    ['a bad src', { siteId: 1, src: 'javascript:alert(1)' }, ['invalid_url']],
    ['a src with its own site_id (not fatal)', { siteId: 42, src: '/loader.js?site_id=1' }, ['src_has_site_id']],
  ])('a config with %s is reported on every call, in both modes', (_, options, codes) => {
    for (let call = 0; call < 3; call++) {
      const { reports } = safeCall(options);
      expect(reports).toEqual([codes]);
      expect(checksOf({ ...options, mode: 'safe', onError: () => {} })).toBeGreaterThan(0);
      expect(thrownIssues(() => buildLoader({ ...options, mode: 'strict' })).map((issue) => issue.code)).toEqual(codes);
    }
  });

  it('the default onError logs a config with an issue on every call', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let call = 0; call < 3; call++) expect(buildLoader({ siteId: 'abc', mode: 'safe' })).toBeNull();
    expect(errors).toHaveBeenCalledTimes(3);
  });

  it.each(['safe', 'strict'] as const)('still reports a bad nonce on a remembered config, on every call (%s mode)', (mode) => {
    const remembered = { ...config, mode };
    buildLoader(remembered);
    expect(checksOf(remembered)).toBe(0);
    for (const nonce of ['"><script>', 'a b', 'auto', 42 as unknown as string]) {
      for (let call = 0; call < 2; call++) {
        if (mode === 'safe') expect(safeCall({ ...remembered, nonce })).toEqual({ loader: null, reports: [['invalid_nonce']] });
        else expect(thrownIssues(() => buildLoader({ ...remembered, nonce })).map((issue) => issue.path)).toEqual(['nonce']);
      }
    }
    // The config itself is still remembered, and a good nonce still gets through.
    expect(checksOf(remembered)).toBe(0);
    expect(buildLoader({ ...remembered, nonce: 'n0nce' })).toEqual({ src: '/flocktory/loader.js?v=2&site_id=1234', nonce: 'n0nce' });
  });
});
