/**
 * The middleware checks its site id and src once (checkConfig) and makes the loader's bytes once
 * (prepareLoader); a page's call adds the request's nonce: the same bytes, issues and throws as
 * renderLoader on every call, whatever the nonce, except that the configuration's own non-fatal
 * issue (a site_id in src) was reported once, at startup, not again on every page.
 */
import { describe, expect, it } from 'vitest';
import type { FlocktoryOptions, FlocktoryValidationError } from '../src/index';
import { renderLoader } from '../src/loader';
import { checkConfig } from '../src/locals';

const NONCES: unknown[] = [
  undefined,
  null,
  '',
  'abcDEF123',
  'a+b/c-d_e==',
  'abc===',
  '=',
  'a"b',
  'a b',
  'a&amp;b',
  '<script>',
  'abc\n',
  'nönce',
  42,
  {},
];
const CONFIGS: [string | number, string | undefined][] = [
  ['1234', undefined],
  [42, '/flocktory-loader-stub.js'],
  ['7', 'https://cdn.example/loader.js?v=1&amp=2#top'],
];

/** The middleware's loader for this site id and src, made as flocktory() makes it (safe mode at startup). */
function prepared(siteId: string | number, loaderSrc: string | undefined, onError: FlocktoryOptions['onError'] = () => {}) {
  const loader = checkConfig({ siteId, loaderSrc, mode: 'safe', onError });
  if (!loader) throw new Error(`no loader for ${siteId} ${loaderSrc}`);
  return loader;
}

/** What one call does: its output, or what it threw; and what it reported. */
function outcome(render: (options: FlocktoryOptions) => string, options: FlocktoryOptions) {
  const reported: string[] = [];
  const onError = (error: FlocktoryValidationError) => void reported.push(error.message);
  try {
    return { html: render({ ...options, onError }), reported };
  } catch (error) {
    return { threw: (error as Error).message, reported };
  }
}

describe('prepareLoader', () => {
  it.each(CONFIGS)('renders what renderLoader renders for site id %j and src %j, any nonce, either mode', (siteId, src) => {
    const loader = prepared(siteId, src);
    for (const mode of ['safe', 'strict'] as const) {
      for (const nonce of NONCES) {
        const options = { mode, nonce: nonce as string };
        expect(outcome(loader, options)).toEqual(outcome((rest) => renderLoader({ siteId, src, ...rest }), options));
      }
    }
  });

  it('adds every short nonce as renderLoader does', () => {
    const loader = prepared('1234', '/loader.js');
    const reference = (rest: FlocktoryOptions) => renderLoader({ siteId: '1234', src: '/loader.js', ...rest });
    const alphabet = ['a', 'Z', '0', '+', '/', '-', '_', '=', '"', '&', ' ', '<', 'ж'];
    let nonces = [''];
    for (let length = 1; length <= 3; length++) {
      nonces = nonces.flatMap((nonce) => alphabet.map((character) => nonce + character));
      for (const nonce of nonces) expect(outcome(loader, { mode: 'safe', nonce })).toEqual(outcome(reference, { mode: 'safe', nonce }));
    }
  });

  it('a site_id in src is reported once, at startup; pages then render as for src without it', () => {
    const atStartup: unknown[] = [];
    const loader = prepared('7', '/loader.js?site_id=1', (error) => void atStartup.push(error));
    expect(atStartup).toHaveLength(1);
    const reference = (rest: FlocktoryOptions) => renderLoader({ siteId: '7', src: '/loader.js', ...rest });
    for (const nonce of NONCES) {
      const options = { mode: 'safe' as const, nonce: nonce as string };
      expect(outcome(loader, options)).toEqual(outcome(reference, options));
    }
    expect(atStartup).toHaveLength(1);
  });
});
