import type { FlocktoryIssue } from './issues';

/** An inline script's text and what it pushes, as adapters put it into a page. */
export interface Snippet<Data> {
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
  readonly data: Data;
  /** Problems with optional fields that were dropped (safe mode only). */
  readonly issues: readonly FlocktoryIssue[];
}

async function webCryptoHash(code: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

export class InlineSnippet<Data> implements Snippet<Data> {
  constructor(
    readonly code: string,
    readonly nonce: string | undefined,
    readonly data: Data,
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
