/**
 * The reference every adapter is held to: core's `buildPostcheckout` wrapped in the element the
 * brief describes, `<script data-flocktory-order="…" nonce="…">CODE</script>`.
 */
import { buildPostcheckout, ORDER_ATTRIBUTE } from '@flocktory-ssr/core';

import { escapeAttribute } from '../html-escape';
import type { Adapter } from './types';

export const coreReference: Adapter = {
  name: 'core reference',
  kind: 'fragment',
  transport: 'string',
  keepsCarriageReturn: true,
  render(input, options) {
    const snippet = buildPostcheckout(input, options);
    if (!snippet) return '';
    const nonce = snippet.nonce === undefined ? '' : ` nonce="${escapeAttribute(snippet.nonce)}"`;
    return `<script ${ORDER_ATTRIBUTE}="${escapeAttribute(snippet.data.order.id)}"${nonce}>${snippet.code}</script>`;
  },
};
