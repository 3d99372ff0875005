import { buildPostcheckout, ORDER_ATTRIBUTE, type FlocktoryOptions, type PostcheckoutInput } from '@flocktory-ssr/core';
import { scriptElement } from './script-element';

/**
 * The postcheckout snippet as one complete inline `<script>` element:
 * `<script data-flocktory-order="ID" nonce="…">window.flocktory=…</script>`.
 * Safe mode: `''` when the order cannot be sent (see core's `buildPostcheckout`). Strict mode: throws
 * core's FlocktoryValidationError.
 */
export function renderPostcheckout(input: PostcheckoutInput, options: FlocktoryOptions = {}): string {
  const snippet = buildPostcheckout(input, options);
  if (!snippet) return '';
  return scriptElement(
    [
      [ORDER_ATTRIBUTE, snippet.data.order.id],
      ['nonce', snippet.nonce],
    ],
    snippet.code,
  );
}
