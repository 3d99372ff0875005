import { expect, vi } from 'vitest';
import {
  buildPostcheckout,
  FlocktoryValidationError,
  type FlocktoryIssue,
  type FlocktoryOptions,
  type IssueCode,
  type PostcheckoutInput,
  type PostcheckoutSnippet,
} from '../../src/index';

export interface ExpectedIssue {
  path: string;
  code: IssueCode;
  /** Defaults to true. */
  fatal?: boolean;
}

/** Runs `run`, which must throw a FlocktoryValidationError, and returns its issues. */
export function thrownIssues(run: () => unknown): FlocktoryIssue[] {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(FlocktoryValidationError);
  const error = thrown as FlocktoryValidationError;
  expect(error.name).toBe('FlocktoryValidationError');
  for (const issue of error.issues) {
    expect(issue.message, `message of ${issue.path}`).toMatch(/\S/);
    // The error's own message lists every issue, for logs.
    expect(error.message).toContain(issue.message);
  }
  return [...error.issues];
}

/**
 * The issues strict mode finds: thrown when one is not an unknown key; when all are unknown keys
 * (which never crash a page), reported to onError once and not thrown.
 */
export function strictIssues(run: (onError: (error: FlocktoryValidationError) => void) => unknown): FlocktoryIssue[] {
  const onError = vi.fn();
  let thrown: unknown;
  try {
    run(onError);
  } catch (error) {
    thrown = error;
  }
  const onlyUnknownKeys = (issues: readonly FlocktoryIssue[]) => issues.every((issue) => issue.code === 'unknown_key');
  if (thrown === undefined) {
    expect(onError).toHaveBeenCalledOnce();
    const error = onError.mock.calls[0]![0] as FlocktoryValidationError;
    expect(error).toBeInstanceOf(FlocktoryValidationError);
    expect(onlyUnknownKeys(error.issues)).toBe(true);
    return [...error.issues];
  }
  expect(onError).not.toHaveBeenCalled();
  const issues = thrownIssues(() => {
    throw thrown;
  });
  expect(onlyUnknownKeys(issues)).toBe(false);
  return issues;
}

export interface SafeResult {
  snippet: PostcheckoutSnippet | null;
  onError: ReturnType<typeof vi.fn>;
  /** The issues of each onError call. */
  reported: FlocktoryIssue[][];
}

/** Builds in safe mode with a spy as onError; safe mode must never throw. */
export function buildSafe(input: unknown, options: Omit<FlocktoryOptions, 'mode' | 'onError'> = {}): SafeResult {
  const onError = vi.fn();
  let snippet: PostcheckoutSnippet | null = null;
  expect(() => {
    snippet = buildPostcheckout(input as PostcheckoutInput, { ...options, mode: 'safe', onError });
  }).not.toThrow();
  const reported = onError.mock.calls.map(([error]) => {
    expect(error).toBeInstanceOf(FlocktoryValidationError);
    return [...(error as FlocktoryValidationError).issues];
  });
  return { snippet, onError, reported };
}

function summary(issues: readonly FlocktoryIssue[]) {
  return issues.map(({ path, code, fatal }) => ({ path, code, fatal }));
}

function sorted(issues: readonly { path: string; code: string; fatal: boolean }[]) {
  return [...issues].sort((a, b) => (a.path + a.code < b.path + b.code ? -1 : a.path + a.code > b.path + b.code ? 1 : 0));
}

/**
 * The contract of both modes for one bad input: strict throws with exactly these issues (all at
 * once); safe never throws, calls onError once with the same issues, and returns null when any is
 * fatal (never a partial snippet) or a snippet without the dropped fields otherwise.
 */
export function expectIssues(
  input: unknown,
  expected: readonly ExpectedIssue[],
  options: Omit<FlocktoryOptions, 'mode' | 'onError'> = {},
): SafeResult {
  const want = sorted(expected.map(({ path, code, fatal = true }) => ({ path, code, fatal })));
  const strict = strictIssues((onError) => buildPostcheckout(input as PostcheckoutInput, { ...options, mode: 'strict', onError }));
  expect(sorted(summary(strict))).toEqual(want);

  const safe = buildSafe(input, options);
  expect(safe.onError).toHaveBeenCalledTimes(1);
  expect(safe.reported[0]).toEqual(strict);
  if (want.some((issue) => issue.fatal)) {
    expect(safe.snippet).toBeNull();
  } else {
    expect(safe.snippet).not.toBeNull();
    expect(safe.snippet!.issues).toEqual(strict);
  }
  return safe;
}
