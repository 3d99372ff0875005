/**
 * The middleware makes the loader's bytes once (prepareLoader) and adds the request's nonce: the
 * same bytes, issues and throws as renderLoader on every call, whatever the nonce, site id or src.
 */
import { describe, expect, it } from 'vitest';
import type { FlocktoryOptions, FlocktoryValidationError } from '../src/index';
import { prepareLoader, renderLoader } from '../src/loader';

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
  ['7', '/loader.js?site_id=1'],
  ['abc', undefined],
  ['1', 'javascript:alert(1)'],
];

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
    const prepared = prepareLoader(siteId, src);
    for (const mode of ['safe', 'strict'] as const) {
      for (const nonce of NONCES) {
        const options = { mode, nonce: nonce as string };
        expect(outcome(prepared, options)).toEqual(outcome((rest) => renderLoader({ siteId, src, ...rest }), options));
      }
    }
  });

  it('adds every short nonce as renderLoader does', () => {
    const prepared = prepareLoader('1234', '/loader.js');
    const reference = (rest: FlocktoryOptions) => renderLoader({ siteId: '1234', src: '/loader.js', ...rest });
    const alphabet = ['a', 'Z', '0', '+', '/', '-', '_', '=', '"', '&', ' ', '<', 'ж'];
    let nonces = [''];
    for (let length = 1; length <= 3; length++) {
      nonces = nonces.flatMap((nonce) => alphabet.map((character) => nonce + character));
      for (const nonce of nonces) expect(outcome(prepared, { mode: 'safe', nonce })).toEqual(outcome(reference, { mode: 'safe', nonce }));
    }
  });
});
