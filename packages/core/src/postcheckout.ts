import { CODE_PREFIX, CODE_SUFFIX } from './constants';
import type { FlocktoryIssue } from './issues';
import { readPostcheckout } from './normalize';
import { checkNonce, settle, type FlocktoryOptions } from './options';
import { escapeJsonForScript } from './serialize';
import type { PostcheckoutData, PostcheckoutInput } from './types';

export interface PostcheckoutSnippet {
  /** The inline script's text; identical bytes for identical input, in every adapter. */
  readonly code: string;
  /**
   * A promise of the CSP source for `code`, `'sha256-…'`, computed with Web Crypto
   * (`crypto.subtle`) on first read. For a synchronous hash use `cspHash(code)` from
   * `@flocktory-ssr/core/csp-hash`.
   */
  readonly hash: Promise<string>;
  /** The validated nonce to put on the `<script>`, if one was given. */
  readonly nonce: string | undefined;
  /** Exactly what is pushed to Flocktory. */
  readonly data: PostcheckoutData;
  /** Problems with optional fields that were dropped (safe mode only). */
  readonly issues: readonly FlocktoryIssue[];
}


/** The docs' snippet for already-normalized data. */
export function postcheckoutCode(data: PostcheckoutData): string {
  return CODE_PREFIX + escapeJsonForScript(JSON.stringify(data)) + CODE_SUFFIX;
}

async function webCryptoHash(code: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

class Snippet implements PostcheckoutSnippet {
  constructor(
    readonly code: string,
    readonly nonce: string | undefined,
    readonly data: PostcheckoutData,
    readonly issues: readonly FlocktoryIssue[],
  ) {}
  // Made on first read, as most pages use a nonce instead; then kept as a plain property of the
  // snippet, so every read gives the same promise.
  get hash(): Promise<string> {
    const hash = webCryptoHash(this.code);
    Object.defineProperty(this, 'hash', { value: hash });
    return hash;
  }
}

/**
 * Validates, normalizes and serializes a postcheckout order. Returns null (safe mode) when the
 * order cannot be sent; throws FlocktoryValidationError (strict mode) on any problem.
 */
export function buildPostcheckout(input: PostcheckoutInput, options: FlocktoryOptions = {}): PostcheckoutSnippet | null {
  return settle(options, (issues) => {
    const nonce = checkNonce(options.nonce, issues);
    const data = readPostcheckout(input, issues);
    // Returned only when no issue is fatal: then `issues` are the optional fields that were dropped.
    return data && new Snippet(postcheckoutCode(data), nonce, data, issues);
  });
}
