import type { FlocktoryIssue } from './issues';
import { normalizePostcheckout } from './normalize';
import { checkNonce, settle, type FlocktoryOptions } from './options';
import { escapeJsonForScript } from './serialize';
import { cspHash } from './sha256';
import type { PostcheckoutData, PostcheckoutInput } from './types';

export interface PostcheckoutSnippet {
  /** The inline script's text; identical bytes for identical input, in every adapter. */
  readonly code: string;
  /** CSP source for `code`, `'sha256-…'`; computed synchronously on first read. */
  readonly hash: string;
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

// Hashes by snippet, filled on first read. Not a `#hash` field: built for ES2020, that field
// becomes a WeakMap entry made for every snippet, a cost on every render for a value few read.
const hashes = new WeakMap<Snippet, string>();

class Snippet implements PostcheckoutSnippet {
  constructor(
    readonly code: string,
    readonly nonce: string | undefined,
    readonly data: PostcheckoutData,
    readonly issues: readonly FlocktoryIssue[],
  ) {}
  get hash(): string {
    // Hashing costs more than everything else together, and most pages use a nonce instead.
    let hash = hashes.get(this);
    if (hash === undefined) hashes.set(this, (hash = cspHash(this.code)));
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
    const normalized = normalizePostcheckout(input);
    issues.push(...normalized.issues);
    if (!normalized.data) return undefined;
    const data = normalized.data;
    return new Snippet(postcheckoutCode(data), nonce, data, normalized.issues);
  });
}
