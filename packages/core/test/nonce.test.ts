import { describe, expect, it, vi } from 'vitest';
import { buildPostcheckout, type FlocktoryValidationError } from '../src/index';
import { isNonce } from '../src/loader';
import { minimalInput } from './helpers/build';
import { expectInertScript } from './helpers/html';
import { expectIssues, thrownIssues } from './helpers/issues';

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

  it.each(['safe', 'strict'] as const)(
    '"auto" is an issue naming @flocktory-ssr/next/app, never an attribute (%s mode: as any bad nonce)',
    (mode) => {
      const onError = vi.fn();
      const run = () => buildPostcheckout(minimalInput(), { mode, nonce: 'auto', onError });
      if (mode === 'strict') {
        const [issue] = thrownIssues(run);
        expect(issue).toMatchObject({ path: 'nonce', code: 'invalid_nonce', fatal: true });
        expect(issue!.message).toContain('@flocktory-ssr/next/app');
        expect(issue!.message).toContain("the request's nonce");
      } else {
        expect(run()).toBeNull();
        expect((onError.mock.calls[0]![0] as FlocktoryValidationError).issues).toMatchObject([{ path: 'nonce', code: 'invalid_nonce' }]);
      }
    },
  );

  it.each(['AUTO', 'autox', 'YXV0bw=='])('%j is an ordinary nonce', (nonce) => {
    expect(buildPostcheckout(minimalInput(), { mode: 'strict', nonce })!.nonce).toBe(nonce);
  });

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
  it.each(['abc123', 'rAnd0m+/Base64==', 'rAnd0m-_Base64url', '', 'auto', 'a"b', 'a b', 'abc===', '<script>', 'nönce', 42, null, {}])(
    '%j: as buildPostcheckout takes it',
    (nonce) => {
      const accepted = buildPostcheckout(minimalInput(), { mode: 'safe', nonce: nonce as string, onError: () => {} })?.nonce !== undefined;
      expect(isNonce(nonce)).toBe(accepted);
    },
  );
});
