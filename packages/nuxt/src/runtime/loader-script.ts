import type { FlocktoryMode, FlocktoryValidationError } from '@flocktory-ssr/core';
import { buildLoader, type LoaderScript } from '@flocktory-ssr/core/loader';

import { log } from './log';

interface LoaderConfig {
  siteId: string;
  loaderSrc: string;
  mode: string;
}

// The issues of the loader's own configuration (not of a request's nonce).
const CONFIG_PATHS = new Set(['siteId', 'src']);

// Configurations whose issues were logged: the same ones on every page, so once per process is enough.
const reported = new Set<string>();

/** One line per problem report, as the core's default does, saying it will not be repeated. */
function reportOnce(config: LoaderConfig, error: FlocktoryValidationError): void {
  const key = JSON.stringify([config.siteId, config.loaderSrc, config.mode]);
  const configOnly = error.issues.every((issue) => CONFIG_PATHS.has(issue.path));
  if (configOnly && reported.has(key)) return;
  if (configOnly) reported.add(key);
  const problems = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  log('error', `[@flocktory-ssr/nuxt] Flocktory loader config: ${problems}${configOnly ? ' (logged once per process)' : ''}`);
}

/**
 * buildLoader for the module's runtime config (empty strings are "not set") and this request's
 * nonce. buildLoader remembers a config without issues, so a request then only has its nonce
 * checked; a config with issues (a bad site id or src) is checked on every request but logged
 * once per process, not once per page; a bad nonce is logged on every request.
 */
export function loaderScript(config: LoaderConfig, nonce: string | null | undefined): LoaderScript | null {
  return buildLoader({
    siteId: config.siteId,
    src: config.loaderSrc || undefined,
    mode: (config.mode || undefined) as FlocktoryMode | undefined,
    nonce,
    onError: (error) => reportOnce(config, error),
  });
}
