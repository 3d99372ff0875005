import { buildUpdateCart, SCRIPT_ATTRIBUTE, type CartLineInput, type FlocktoryOptions } from '@flocktory-ssr/core';
import { scriptElement } from './script-element';

/**
 * The whole cart as one inline script, for a server-rendered cart page (after sign-in):
 * `<script data-flocktory="update-cart" nonce="…">…push(["updateCart",…])…</script>`.
 * Safe mode: `''` when the cart cannot be sent; strict mode throws core's FlocktoryValidationError.
 */
export function renderUpdateCart(items: readonly CartLineInput[], options: FlocktoryOptions = {}): string {
  const snippet = buildUpdateCart(items, options);
  if (!snippet) return '';
  return scriptElement(
    [
      [SCRIPT_ATTRIBUTE, 'update-cart'],
      ['nonce', snippet.nonce],
    ],
    snippet.code,
  );
}
