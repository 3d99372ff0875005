import { LOADER_STUB_URL_PATH } from '@flocktory-ssr/loader-stub';

/** Site id the offline stand-in reports; any digits do, the stand-in does not check it. */
export const STUB_SITE_ID = '42';

/**
 * @typedef {object} ShopConfig
 * @property {'stub' | 'real'} loader  which loader.js the pages load
 * @property {string} siteId           Flocktory site id
 * @property {string | undefined} loaderSrc  undefined = Flocktory's own loader
 * @property {string} host
 * @property {number} port
 */

/**
 * Reads the shop's settings from the environment. The stand-in loader is used when asked for
 * (`FLOCKTORY_LOADER=stub`) and whenever no real site id is configured, so a fresh clone works offline.
 * @param {NodeJS.ProcessEnv} env
 * @returns {ShopConfig}
 */
export function readConfig(env = process.env) {
  const siteId = env.FLOCKTORY_SITE_ID?.trim();
  const loader = env.FLOCKTORY_LOADER === 'stub' || !siteId ? 'stub' : 'real';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got ${env.PORT}`);
  return {
    loader,
    siteId: siteId || STUB_SITE_ID,
    loaderSrc: loader === 'stub' ? LOADER_STUB_URL_PATH : undefined,
    host: env.HOST || '127.0.0.1',
    port,
  };
}
