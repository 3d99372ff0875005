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
 * renderLoader for the middleware's site id and src, which checkConfig checked (and reported) once,
 * at startup, and whose loader `src` it made (`url`): a page's call checks only its nonce, so a
 * non-fatal issue of the configuration (a `site_id` in src) is not reported again on every page.
 * The escaped bytes up to the nonce are made once. A good nonce or none: renderLoader's bytes; a
 * bad one: renderLoader's report or throw, and `''`.
 */
export function prepareLoader(siteId: string | number, src: string | undefined, url: string): (options: FlocktoryOptions) => string {
  const start = `<script async src="${escapeAttribute(url)}"`;
  return (options) => {
    const { nonce } = options;
    if (nonce == null || nonce === '') return `${start}></script>`;
    if (isNonce(nonce)) return `${start} nonce="${escapeAttribute(nonce)}"></script>`;
    // A bad nonce is fatal: buildLoader reports or throws it (only it: the rest passed at startup).
    buildLoader({ siteId, src, ...options });
    return '';
  };
}
