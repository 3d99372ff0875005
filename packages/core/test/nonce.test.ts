import { describe, expect, it } from 'vitest';
import { buildPostcheckout } from '../src/index';
import { isNonce } from '../src/loader';
import { minimalInput } from './helpers/build';
import { expectInertScript } from './helpers/html';
import { expectIssues } from './helpers/issues';

describe('nonce', () => {
  it.each([
    ['abc123'],
    ['rAnd0m+/Base64=='],
    ['rAnd0m-_Base64url'],
    ['YWJj='],
    [Buffer.from('0123456789abcdef').toString('base64')],
    [Buffer.from('0123456789abcdef').toString('base64url')],
  ])('%j is accepted and returned, and stays one attribute', (nonce) => {
    const snippet = buildPostcheckout(minimalInput(), { mode: 'strict', nonce })!;
    expect(snippet.nonce).toBe(nonce);
    const script = expectInertScript(snippet.code, ` nonce="${snippet.nonce}"`);
    expect(script.attrs).toEqual([{ name: 'nonce', value: nonce }]);
  });

  it.each([[''], [null], [undefined]])('%j means no nonce', (nonce) => {
    expect(buildPostcheckout(minimalInput(), { mode: 'strict', nonce })!.nonce).toBeUndefined();
  });

  it.each([['a b'], ['x" onload="alert(1)'], ['<'], ["x'y"], ['abc==='], ['=abc'], ['abc\n'], ['ключ'], [123], [{}]])(
    '%j is a fatal issue at path "nonce" in both modes',
    (nonce) => {
      expectIssues(minimalInput(), [{ path: 'nonce', code: 'invalid_nonce' }], { nonce: nonce as string });
    },
  );

  it('is reported together with the problems of the data', () => {
    expectIssues(
      { user: { email: 'a@b.co' } },
      [
        { path: 'nonce', code: 'invalid_nonce' },
        { path: 'order', code: 'required' },
      ],
      { nonce: '"' },
    );
  });
});

describe('isNonce (core/loader)', () => {
  // The same answer as the commands' own check: accepted as it is, or reported (safe mode: no snippet).
  it.each(['abc123', 'rAnd0m+/Base64==', 'rAnd0m-_Base64url', '', 'a"b', 'a b', 'abc===', '<script>', 'nönce', 42, null, {}])(
    '%j: as buildPostcheckout takes it',
    (nonce) => {
      const accepted = buildPostcheckout(minimalInput(), { mode: 'safe', nonce: nonce as string, onError: () => {} })?.nonce !== undefined;
      expect(isNonce(nonce)).toBe(accepted);
    },
  );
});
