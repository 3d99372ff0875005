import type { FlocktoryIssue } from './issues';
import { normalizePostcheckout } from './normalize';
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

const PREFIX = 'window.flocktory=window.flocktory||[];window.flocktory.push(["postcheckout",';
const SUFFIX = ']);';

/** The docs' snippet for already-normalized data. */
export function postcheckoutCode(data: PostcheckoutData): string {
  return PREFIX + escapeJsonForScript(JSON.stringify(data)) + SUFFIX;
}

async function webCryptoHash(code: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

// Hashes by snippet, made on first read. Not a `#hash` field: built for ES2020, that field
// becomes a WeakMap entry made for every snippet, a cost on every render for a value few read.
const hashes = new WeakMap<Snippet, Promise<string>>();

class Snippet implements PostcheckoutSnippet {
  constructor(
    readonly code: string,
    readonly nonce: string | undefined,
    readonly data: PostcheckoutData,
    readonly issues: readonly FlocktoryIssue[],
  ) {}
  get hash(): Promise<string> {
    // Most pages use a nonce instead, so hashing is only paid for when asked for.
    let hash = hashes.get(this);
    if (!hash) hashes.set(this, (hash = webCryptoHash(this.code)));
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
    const { data, issues: dropped } = normalizePostcheckout(input);
    issues.push(...dropped);
    return data && new Snippet(postcheckoutCode(data), nonce, data, dropped);
  });
}
