import { addIssue, addUnreadable, FlocktoryValidationError, type FlocktoryIssue } from './issues';

export type FlocktoryMode = 'strict' | 'safe';

/** Options every adapter accepts. */
export interface FlocktoryOptions {
  /**
   * `strict` throws a FlocktoryValidationError on any problem; `safe` never throws: bad required
   * data renders nothing, a bad optional field is dropped, and both go to `onError`.
   * Default: `safe` when `NODE_ENV` is `production` (or unknowable), `strict` otherwise.
   */
  mode?: FlocktoryMode;
  /** Receives every problem in safe mode. Default: `console.error`. */
  onError?: (error: FlocktoryValidationError) => void;
  /** CSP nonce for the `<script>`; base64 or base64url characters only. */
  nonce?: string | null;
}

export function resolveMode(mode: FlocktoryMode | undefined): FlocktoryMode {
  if (mode === 'strict' || mode === 'safe') return mode;
  try {
    // Written out in full so bundlers can replace it at build time.
    return process.env.NODE_ENV === 'production' ? 'safe' : 'strict';
  } catch {
    // No `process` (some edge runtimes, browsers): we cannot tell, so never crash the page.
    return 'safe';
  }
}

const NONCE = /^[\w+/-]+={0,2}$/;

/** Absent → undefined; anything but base64/base64url becomes an issue, never an attribute. */
export function checkNonce(nonce: unknown, issues: FlocktoryIssue[]): string | undefined {
  if (nonce == null || nonce === '') return undefined;
  if (typeof nonce === 'string' && NONCE.test(nonce)) return nonce;
  return addIssue(issues, 'nonce', 'invalid_nonce', true);
}

/**
 * Runs `produce` under the mode's rules: strict throws on any issue, safe reports them to
 * `onError` (default console.error) and returns null when one is fatal. Unexpected exceptions (a
 * throwing getter or Proxy) become an issue.
 */
export function settle<T>(
  options: FlocktoryOptions,
  produce: (issues: FlocktoryIssue[]) => T | undefined,
): T | null {
  const issues: FlocktoryIssue[] = [];
  let result: T | undefined;
  try {
    result = produce(issues);
  } catch (error) {
    // Never rethrow: in safe mode nothing may escape, and strict mode throws the issue below.
    addUnreadable(issues, error);
  }
  if (issues.length > 0) {
    const error = new FlocktoryValidationError(issues);
    if (resolveMode(options.mode) === 'strict') throw error;
    try {
      (options.onError ?? console.error)(error);
    } catch {
      // A throwing handler (or no console at all) must not crash the page either.
    }
    if (issues.some((issue) => issue.fatal)) result = undefined;
  }
  return result ?? null;
}
