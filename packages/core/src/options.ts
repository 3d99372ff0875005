import { addIssue, FlocktoryValidationError, explain, logIssues, type FlocktoryIssue } from './issues';

export type FlocktoryMode = 'strict' | 'safe';

/** Options every adapter accepts. */
export interface FlocktoryOptions {
  /**
   * `strict` throws a FlocktoryValidationError on any problem; `safe` never throws: bad required
   * data renders nothing, a bad optional field is dropped, and both go to `onError`.
   * Default: `strict` when `NODE_ENV` is `development` or `test` (or, without `NODE_ENV`, under Vite's
   * `import.meta.env.DEV`), `safe` everywhere else, `NODE_ENV` unset included.
   */
  mode?: FlocktoryMode | undefined;
  /** Receives every problem in safe mode. Default: one line on `console.error` (`logIssues`). */
  onError?: ((error: FlocktoryValidationError) => void) | undefined;
  /**
   * CSP nonce for the `<script>`; base64 or base64url characters only. `'auto'` is an issue here:
   * only `@flocktory-ssr/next/app`'s components read the request's nonce for it.
   */
  nonce?: string | null | undefined;
}

/**
 * The mode when none is given: `strict` only where the environment says development or test,
 * `safe` everywhere else (production, `NODE_ENV` unset, no `process`): a default must never
 * throw in a production server, however the app was started.
 */
export function resolveMode(mode: FlocktoryMode | undefined): FlocktoryMode {
  if (mode === 'strict' || mode === 'safe') return mode;
  try {
    // Written out in full, each time, so bundlers replace them and drop what cannot happen.
    if (process.env.NODE_ENV === 'development' || process.env.NODE_ENV === 'test') return 'strict';
    if (process.env.NODE_ENV !== undefined) return 'safe';
  } catch {
    // No `process` (browsers, some edge runtimes).
  }
  try {
    // Without NODE_ENV, Vite's development flag: replaced at build time; absent in Node, and in our
    // CJS build, which Vite never bundles.
    if ((import.meta as unknown as { env: { DEV?: unknown } }).env.DEV === true) return 'strict';
  } catch {
    // No `import.meta.env`: nothing says development.
  }
  return 'safe';
}

const NONCE = /^[\w+/-]+={0,2}$/;

// `nonce="auto"` means "the request's nonce" to `@flocktory-ssr/next/app` only, which resolves it
// before core sees it; anywhere else it would be sent literally and the CSP would block the script.
const AUTO = 'auto';

/**
 * Whether `value` is a nonce our scripts carry as it is: base64 or base64url characters only, and not
 * `'auto'` (the rule checkNonce applies; its own test is written out so that a bundle without isNonce
 * stays as small).
 */
export function isNonce(value: unknown): value is string {
  return typeof value === 'string' && value !== AUTO && NONCE.test(value);
}

/**
 * Absent → undefined; anything but base64/base64url, and `'auto'`, becomes an issue, never an
 * attribute: fatal, as the script would not run under the CSP.
 */
export function checkNonce(nonce: unknown, issues: FlocktoryIssue[]): string | undefined {
  if (nonce == null || nonce === '') return undefined;
  if (nonce !== AUTO && typeof nonce === 'string' && NONCE.test(nonce)) return nonce;
  // One report for both, so the hint costs a bundle only its words.
  const expected =
    nonce === AUTO ? "works only in @flocktory-ssr/next/app: pass the request's nonce" : 'expected base64 or base64url characters';
  return addIssue(issues, 'nonce', 'invalid_nonce', true, explain('invalid_nonce', expected, nonce));
}

/**
 * Runs `produce` with an empty issue list; returns what it made and every issue it found.
 * `produce` returns undefined when an issue is fatal, so partial data never gets through. An
 * unexpected exception (a throwing getter or Proxy) becomes a fatal issue: this never throws.
 */
export function collect<T>(produce: (issues: FlocktoryIssue[]) => T | undefined): { data: T | undefined; issues: FlocktoryIssue[] } {
  const issues: FlocktoryIssue[] = [];
  return { data: produceInto(issues, produce), issues };
}

/** `produce(issues)`; an exception becomes a fatal issue in `issues` and no data (see collect). */
function produceInto<T>(issues: FlocktoryIssue[], produce: (issues: FlocktoryIssue[]) => T | undefined): T | undefined {
  try {
    return produce(issues);
  } catch (error) {
    let message = 'could not be read';
    try {
      message += ': ' + error;
    } catch {
      // A hostile `toString`: keep the generic text.
    }
    addIssue(issues, '', 'unreadable', true, message);
    return undefined;
  }
}

/**
 * Runs `produce` (see `collect`) under the mode's rules: strict throws on any issue but unknown
 * keys, safe reports them to `onError` (default: one line on console.error) and returns null when
 * one is fatal. An unknown key (an item's `sku`) loses no data the shop cares about, so it never
 * takes a page down, in either mode: it is reported, and the rest is sent.
 */
export function settle<T>(options: FlocktoryOptions, produce: (issues: FlocktoryIssue[]) => T | undefined): T | null {
  // Not through collect: no result object for every page's call.
  const issues: FlocktoryIssue[] = [];
  const data = produceInto(issues, produce);
  if (issues.length > 0) {
    const error = new FlocktoryValidationError(issues);
    if (resolveMode(options.mode) === 'strict' && issues.some((issue) => issue.code !== 'unknown_key')) throw error;
    report(error, options.onError);
  }
  return data ?? null;
}

/** Hands `error` to `onError` (default: one line on console.error, `logIssues`); never throws. */
export function report(error: FlocktoryValidationError, onError: FlocktoryOptions['onError']): void {
  try {
    (onError ?? logIssues)(error);
  } catch {
    // A throwing handler (or no console at all) must not crash the page either.
  }
}
