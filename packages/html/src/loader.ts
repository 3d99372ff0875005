import type { FlocktoryOptions } from '@flocktory-ssr/core';
import { buildLoader, type LoaderOptions } from '@flocktory-ssr/core/loader';
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
 * renderLoader for one site id and src, for the middleware: core's buildLoader checks each call
 * (only the nonce for a configuration it found without issue; everything, and reports, otherwise),
 * and the escaped bytes up to the nonce are made once. The same bytes, reports and throws as renderLoader.
 */
export function prepareLoader(siteId: string | number, src: string | undefined): (options: FlocktoryOptions) => string {
  // buildLoader's src is the same for the same siteId and src.
  let start: string | undefined;
  return (options) => {
    const loader = buildLoader({ siteId, src, ...options });
    if (!loader) return '';
    start ??= `<script async src="${escapeAttribute(loader.src)}"`;
    return `${start}${loader.nonce === undefined ? '' : ` nonce="${escapeAttribute(loader.nonce)}"`}></script>`;
  };
}
