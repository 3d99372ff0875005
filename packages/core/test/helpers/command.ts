import { expect, vi } from 'vitest';
import { FlocktoryValidationError, type FlocktoryOptions } from '../../src/index';
import { strictIssues } from './issues';

type Build<I, R> = (input: I, options?: FlocktoryOptions) => R | null;

/** `path code fatal|dropped` of each issue, in the order found. */
export const lines = (issues: ReadonlyArray<{ path: string; code: string; fatal: boolean }>) =>
  issues.map(({ path, code, fatal }) => `${path} ${code} ${fatal ? 'fatal' : 'dropped'}`);

/**
 * Both modes of a server command for one input: strict throws exactly `expected` (all at once;
 * unknown keys alone are reported, not thrown);
 * safe never throws, reports the same issues in one onError call and returns null when one is
 * fatal. Returns the safe-mode result. With `expected` empty: no throw, no onError, same result.
 */
export function expectOutcome<I, R>(build: Build<I, R>, input: unknown, expected: readonly string[]): R | null {
  const onError = vi.fn();
  let safe: R | null = null;
  expect(() => {
    safe = build(input as I, { mode: 'safe', onError });
  }).not.toThrow();
  if (expected.length === 0) {
    expect(onError).not.toHaveBeenCalled();
    expect(build(input as I, { mode: 'strict' })).toEqual(safe);
    return safe;
  }
  const strict = strictIssues((onError) => build(input as I, { mode: 'strict', onError }));
  expect(lines(strict)).toEqual(expected);
  expect(onError).toHaveBeenCalledOnce();
  const error = onError.mock.calls[0]![0] as FlocktoryValidationError;
  expect(error).toBeInstanceOf(FlocktoryValidationError);
  expect(error.issues).toEqual(strict);
  if (expected.some((line) => line.endsWith(' fatal'))) expect(safe).toBeNull();
  else expect(safe).not.toBeNull();
  return safe;
}
