import type { FlocktoryMode, FlocktoryValidationError } from '@flocktory-ssr/core';

export interface LoaderRenderOptions {
  siteId: unknown;
  src?: unknown;
  nonce?: string | undefined;
  mode: FlocktoryMode;
  onError?: ((error: FlocktoryValidationError) => void) | undefined;
}

/** One way to render Flocktory's loader `<script async src>`; returns an HTML fragment. */
export interface LoaderAdapter {
  name: string;
  /** Attributes the adapter adds besides async, src and nonce (e.g. Vue's hydration marker), with their values. */
  markerAttributes?: Record<string, string>;
  render(options: LoaderRenderOptions): string | Promise<string>;
}
