import type { FlocktoryMode, FlocktoryValidationError, PostcheckoutInput } from '@flocktory-ssr/core';

export interface RenderOptions {
  mode: FlocktoryMode;
  nonce?: string | undefined;
  onError?: ((error: FlocktoryValidationError) => void) | undefined;
  /** Page content around the snippet, for adapters that render a page section (never tags, may hold `"`). */
  pageAround?: { before: string; after: string } | undefined;
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
  /** Renders page content around the snippet (a fragment that is more than the snippet). */
  pageSection?: boolean;
  /**
   * Whether the adapter hands the whole input object to the library. Components get the whole
   * input spread onto their props (`v-bind="purchase"`, `{...purchase}`): `user`, `order` and `spot`
   * are props, every other top-level key is an unknown prop or attribute, which must reach no element
   * and is not reported.
   */
  takesRootKeys?: boolean;
  render(input: PostcheckoutInput, options: RenderOptions): string | Promise<string>;
  /** Starts servers etc.; called once before use. */
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}
