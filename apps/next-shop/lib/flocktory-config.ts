/** Site id the offline stand-in reports; any digits do, the stand-in does not check it. */
export const STUB_SITE_ID = '42';

/** Where scripts/copy-loader-stub.mjs puts the stand-in: `LOADER_STUB_URL_PATH` of @flocktory-ssr/loader-stub. */
export const LOADER_STUB_SRC = '/flocktory-stub/loader.js';

/**
 * Which loader.js the root layout includes, read at request time (like express-shop): the local
 * stand-in when asked for (`FLOCKTORY_LOADER=stub`) and whenever no `FLOCKTORY_SITE_ID` is set,
 * so a fresh clone works offline.
 */
export function loaderConfig(env: NodeJS.ProcessEnv = process.env) {
  const siteId = env.FLOCKTORY_SITE_ID?.trim();
  const stub = env.FLOCKTORY_LOADER === 'stub' || !siteId;
  return { stub, siteId: siteId || STUB_SITE_ID, src: stub ? LOADER_STUB_SRC : undefined };
}
