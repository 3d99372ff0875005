/** The integration points rendered server-side besides postcheckout, by the name adapters use. */
export type Point = 'user' | 'categoryView' | 'itemView' | 'exchange' | 'updateCart';

export interface PointRenderOptions {
  mode: 'strict' | 'safe';
  nonce?: string | undefined;
  onError?: ((error: import('@flocktory-ssr/core').FlocktoryValidationError) => void) | undefined;
}

/**
 * One way a shop renders the markers and the cart script. `render` returns the HTML it produced
 * (a fragment or a whole page), or throws what it threw (HTTP adapters rebuild a strict-mode
 * FlocktoryValidationError from the server's JSON). React (react.ts) renders fragments; Vue joins the same way.
 */
export interface PointAdapter {
  name: string;
  kind: 'fragment' | 'document';
  /** `utf8`: the page went through UTF-8 bytes (HTTP): lone surrogates became U+FFFD. */
  transport: 'string' | 'utf8';
  render(point: Point, input: unknown, options: PointRenderOptions): string | Promise<string>;
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}
