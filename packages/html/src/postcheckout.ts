import { buildPostcheckout, type FlocktoryOptions, type PostcheckoutInput } from '@flocktory-ssr/core';
import { inlineScript } from './script-element';

/**
 * The postcheckout snippet as one complete inline `<script>` element:
 * `<script data-flocktory="postcheckout" nonce="…">CODE</script>` (no shop text in any attribute).
 * Safe mode: `''` when the order cannot be sent (see core's `buildPostcheckout`). Strict mode: throws
 * core's FlocktoryValidationError.
 */
export function renderPostcheckout(input: PostcheckoutInput, options: FlocktoryOptions = {}): string {
  const snippet = buildPostcheckout(input, options);
  if (!snippet) return '';
  return inlineScript('postcheckout', snippet.nonce, snippet.code);
}
