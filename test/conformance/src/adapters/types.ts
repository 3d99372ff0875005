import type { FlocktoryMode, FlocktoryValidationError, PostcheckoutInput } from '@flocktory-ssr/core';

export interface RenderOptions {
  mode: FlocktoryMode;
  nonce?: string | undefined;
  onError?: ((error: FlocktoryValidationError) => void) | undefined;
}

/**
 * One way a shop can put the postcheckout snippet into HTML. `render` returns the HTML the
 * adapter produced for the order (a fragment, or a whole page), or throws what the adapter threw;
 * for adapters behind HTTP, a strict-mode error comes back as a FlocktoryValidationError rebuilt
 * from the server's JSON error body.
 */
export interface Adapter {
  name: string;
  kind: 'fragment' | 'document';
  /** `utf8`: the HTML went through UTF-8 bytes (HTTP, streams): lone surrogates became U+FFFD. */
  transport: 'string' | 'utf8';
  /**
   * Whether a CR in the order id survives into the attribute the browser reads (written as
   * `&#13;`). React and Vue escape only `&<>"'`, so the parser turns a raw CR into LF.
   */
  keepsCarriageReturn: boolean;
  /**
   * Whether the adapter hands the whole input object to the library. Components take `user`,
   * `order` and `spot` as props, so other top-level keys never reach it (and are not reported).
   */
  takesRootKeys?: boolean;
  render(input: PostcheckoutInput, options: RenderOptions): string | Promise<string>;
  /** Starts servers etc.; called once before use. */
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}
