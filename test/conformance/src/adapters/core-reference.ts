/**
 * The reference every adapter is held to: core's `buildPostcheckout` wrapped in the element the
 * README describes, `<script data-flocktory="postcheckout" nonce="…">CODE</script>`.
 */
import { buildPostcheckout, SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';

import { escapeAttribute } from '../html-escape';
import type { Adapter } from './types';

export const coreReference: Adapter = {
  name: 'core reference',
  kind: 'fragment',
  render(input, options) {
    const snippet = buildPostcheckout(input, options);
    if (!snippet) return '';
    const nonce = snippet.nonce === undefined ? '' : ` nonce="${escapeAttribute(snippet.nonce)}"`;
    return `<script ${SCRIPT_ATTRIBUTE}="postcheckout"${nonce}>${snippet.code}</script>`;
  },
};
