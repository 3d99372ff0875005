import { buildUpdateCart, type CartLineInput, type FlocktoryOptions } from '@flocktory-ssr/core';
import { inlineScript } from './script-element';

/**
 * The whole cart as one inline script, for a server-rendered cart page (after sign-in):
 * `<script data-flocktory="update-cart" nonce="…">…push(["updateCart",…])…</script>`.
 * Safe mode: `''` when the cart cannot be sent; strict mode throws core's FlocktoryValidationError.
 */
export function renderUpdateCart(items: readonly CartLineInput[], options: FlocktoryOptions = {}): string {
  const snippet = buildUpdateCart(items, options);
  if (!snippet) return '';
  return inlineScript('update-cart', snippet.nonce, snippet.code);
}
