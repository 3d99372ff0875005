import type { FlocktoryOptions } from '@flocktory-ssr/core';
import { buildLoader, isNonce, type LoaderOptions } from '@flocktory-ssr/core/loader';
import { escapeAttribute } from '@flocktory-ssr/core/markup';
import { scriptElement } from './script-element';

/**
 * Flocktory's main integration, required on every page:
 * `<script async src="https://api.flocktory.com/v2/loader.js?site_id=ID" nonce="…"></script>`.
 * Safe mode: `''` on a bad site id, src or nonce. Strict mode: throws core's FlocktoryValidationError.
 */
export function renderLoader(options: LoaderOptions): string {
  const loader = buildLoader(options);
  if (!loader) return '';
  return scriptElement([
    ['async', true],
    ['src', loader.src],
    ['nonce', loader.nonce],
  ]);
}

/**
 * renderLoader for one site id and src, checked once: the bytes up to the nonce are made here,
 * and each call adds only the nonce. The same bytes and reports as renderLoader, which still does
 * the work when the site id or src has any issue (reported on every call, as before) or the nonce
 * is not one core accepts (a nonce core accepts needs no escaping in an attribute).
 */
export function prepareLoader(siteId: string | number, src: string | undefined): (options: FlocktoryOptions) => string {
  const render = (options: FlocktoryOptions) => renderLoader({ siteId, src, ...options });
  let clean = true;
  const loader = buildLoader({ siteId, src, mode: 'safe', onError: () => void (clean = false) });
  if (!loader || !clean) return render;
  const start = `<script async src="${escapeAttribute(loader.src)}"`;
  return (options) => {
    const { nonce } = options;
    if (nonce == null || nonce === '') return start + '></script>';
    return isNonce(nonce) ? `${start} nonce="${nonce}"></script>` : render(options);
  };
}
