import { buildLoader, type LoaderOptions } from '@flocktory-ssr/core/loader';
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
