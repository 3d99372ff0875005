import type { FlocktoryMode } from '@flocktory-ssr/core';
import { buildLoader, isNonce, type LoaderOptions, type LoaderScript } from '@flocktory-ssr/core/loader';

interface LoaderConfig {
  siteId: string;
  loaderSrc: string;
  mode: string;
}

// The last config whose loader had no issue at all, with its `src`: a server reads the same config
// on every request, so then a request only has its nonce checked. A config with any issue is never
// kept: each request builds its loader again and reports, as buildLoader does.
let valid: (LoaderConfig & { src: string }) | undefined;

/** The `src` of `options`' loader if building it (without a nonce) finds no issue. */
function issueFreeSrc(options: LoaderOptions): string | undefined {
  let issues = false;
  const loader = buildLoader({ ...options, nonce: undefined, mode: 'safe', onError: () => void (issues = true) });
  return loader && !issues ? loader.src : undefined;
}

/** buildLoader's result for the module's config and this request's nonce, with the same reports. */
export function loaderScript(config: LoaderConfig, nonce: string | null | undefined): LoaderScript | null {
  const known = valid?.siteId === config.siteId && valid.loaderSrc === config.loaderSrc && valid.mode === config.mode;
  // checkNonce's rule: absent or empty is no nonce; anything but base64 is an issue buildLoader reports.
  if (known && (nonce == null || nonce === '')) return { src: valid!.src, nonce: undefined };
  if (known && isNonce(nonce)) return { src: valid!.src, nonce };
  const options: LoaderOptions = {
    siteId: config.siteId,
    src: config.loaderSrc || undefined,
    mode: (config.mode || undefined) as FlocktoryMode | undefined,
  };
  const loader = buildLoader({ ...options, nonce });
  if (loader && !known) {
    const src = issueFreeSrc(options);
    valid = src === undefined ? undefined : { siteId: config.siteId, loaderSrc: config.loaderSrc, mode: config.mode, src };
  }
  return loader;
}
