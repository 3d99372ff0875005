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
  /**
   * True when the renderer writes a CR into an attribute value as it is (React's escaper handles
   * only `& < > " '`): the HTML parser reads a CR, or CR LF, as one LF, so Flocktory receives LF
   * there. The html package writes `&#13;` and keeps it.
   */
  rawCarriageReturn?: boolean;
  render(point: Point, input: unknown, options: PointRenderOptions): string | Promise<string>;
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}
