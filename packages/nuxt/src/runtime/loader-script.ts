import type { FlocktoryMode } from '@flocktory-ssr/core';
import { buildLoader, type LoaderScript } from '@flocktory-ssr/core/loader';

interface LoaderConfig {
  siteId: string;
  loaderSrc: string;
  mode: string;
}

/**
 * buildLoader for the module's runtime config (empty strings are "not set") and this request's
 * nonce. buildLoader remembers a config without issues, so a request then only has its nonce
 * checked; a config with any issue is checked and reported on every request.
 */
export function loaderScript(config: LoaderConfig, nonce: string | null | undefined): LoaderScript | null {
  return buildLoader({
    siteId: config.siteId,
    src: config.loaderSrc || undefined,
    mode: (config.mode || undefined) as FlocktoryMode | undefined,
    nonce,
  });
}
