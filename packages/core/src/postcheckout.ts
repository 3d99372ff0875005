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

const json = (value: unknown) => escapeJsonForScript(JSON.stringify(value));

// Items per JSON.stringify call. The text of a whole large order is one big string that escaping
// must copy before it can search it, a large-object allocation on every render (measured: 5-9×
// JSON.stringify on 1,000 items); batches this size stay small, so that copy never happens.
const ITEMS_PER_BATCH = 128;

/** The docs' snippet for already-normalized data: `CODE_PREFIX + JSON + CODE_SUFFIX`. */
export function postcheckoutCode(data: PostcheckoutData): string {
  const { order } = data;
  const { items } = order;
  if (items.length <= ITEMS_PER_BATCH) return CODE_PREFIX + json(data) + CODE_SUFFIX;
  let list = '';
  for (let from = 0; from < items.length; from += ITEMS_PER_BATCH) {
    list += (from ? ',' : '') + json(items.slice(from, from + ITEMS_PER_BATCH)).slice(1, -1);
  }
  // The order without its items, then the items where the 0 is: `"items":0` occurs once, as the
  // only unescaped `"` that a `:` follows is a key's, and only the order has an `items` key.
  const head = json({ ...data, order: { ...order, items: 0 } });
  const at = head.indexOf('"items":0') + 8;
  return CODE_PREFIX + head.slice(0, at) + '[' + list + ']' + head.slice(at + 1) + CODE_SUFFIX;
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
    // Then no issue is fatal: `issues` are the optional fields that were dropped.
    return data && new Snippet(postcheckoutCode(data), nonce, data, issues);
  });
}
