import { buildLoader, type LoaderOptions } from '@flocktory-ssr/core/loader';

import { escapeAttribute } from '../html-escape';
import type { LoaderAdapter } from './loader-types';

/** core's `buildLoader` wrapped in `<script async src="…" nonce="…">`. */
export const loaderCoreReference: LoaderAdapter = {
  name: 'core reference',
  render(options) {
    const loader = buildLoader(options as LoaderOptions);
    if (!loader) return '';
    const nonce = loader.nonce === undefined ? '' : ` nonce="${escapeAttribute(loader.nonce)}"`;
    return `<script async src="${escapeAttribute(loader.src)}"${nonce}></script>`;
  },
};
