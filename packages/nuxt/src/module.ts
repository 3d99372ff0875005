import { addComponent, addImports, addPlugin, addServerPlugin, createResolver, defineNuxtModule, useLogger } from '@nuxt/kit';
import type { FlocktoryMode } from '@flocktory-ssr/core';

export interface ModuleOptions {
  /** Your Flocktory site id (digits). Overridden at run time by `NUXT_PUBLIC_FLOCKTORY_SITE_ID`. */
  siteId?: string | number;
  /** Where loader.js is served from; default Flocktory's CDN. Run time: `NUXT_PUBLIC_FLOCKTORY_LOADER_SRC`. */
  loaderSrc?: string;
  /**
   * `strict` throws on bad data, `safe` renders nothing and reports (server log by default).
   * Default: `strict` under `nuxi dev`, `safe` in a build (server and browser alike), whatever
   * NODE_ENV says. Run time: `NUXT_PUBLIC_FLOCKTORY_MODE`.
   */
  mode?: FlocktoryMode;
  /** Add the loader script to every page (default true). */
  loader?: boolean;
}

/** What the module puts in `runtimeConfig.public.flocktory` (strings, so env variables can override). */
export interface FlocktoryPublicConfig {
  siteId: string;
  loaderSrc: string;
  mode: string;
  loader: boolean;
}

const MISSING_SITE_ID =
  '[@flocktory-ssr/nuxt] no Flocktory site id: pages get no loader until you set `flocktory.siteId` in ' +
  'nuxt.config or NUXT_PUBLIC_FLOCKTORY_SITE_ID at run time (or `flocktory.loader: false` if you load it yourself).';

export default defineNuxtModule<ModuleOptions>({
  meta: {
    name: '@flocktory-ssr/nuxt',
    configKey: 'flocktory',
    compatibility: { nuxt: '>=3.13.0' },
  },
  defaults: { loader: true },
  setup(options, nuxt) {
    const resolver = createResolver(import.meta.url);
    const publicConfig = nuxt.options.runtimeConfig.public as Record<string, unknown>;
    const existing = (publicConfig.flocktory ?? {}) as Partial<FlocktoryPublicConfig>;
    const flocktory: FlocktoryPublicConfig = {
      siteId: existing.siteId ?? (options.siteId == null ? '' : String(options.siteId)),
      loaderSrc: existing.loaderSrc ?? options.loaderSrc ?? '',
      // Decided here, from Nuxt's own dev flag: Nitro's server and Vite's client bundle would
      // otherwise each guess from their own NODE_ENV, and `node .output/server/index.mjs` has none.
      mode: existing.mode || options.mode || (nuxt.options.dev ? 'strict' : 'safe'),
      loader: existing.loader ?? options.loader !== false,
    };
    publicConfig.flocktory = flocktory;
    // Without a site id every page silently lacks the loader: say so once per build (and the
    // runtime plugin once per server start, in case the variable is still missing there).
    if (flocktory.loader && !flocktory.siteId && !process.env.NUXT_PUBLIC_FLOCKTORY_SITE_ID) {
      useLogger('@flocktory-ssr/nuxt').warn(MISSING_SITE_ID);
    }

    // Our packages ship ESM for the browser; let Vite pre-bundle / Nitro inline them like app code.
    nuxt.options.build.transpile.push('@flocktory-ssr/vue');

    addPlugin(resolver.resolve('./runtime/plugin'));
    // Our scripts carry nuxt-security's nonce themselves; this removes the copy its rewrite adds.
    addServerPlugin(resolver.resolve('./runtime/server/own-nonce'));
    addComponent({ name: 'FlocktoryPostcheckout', filePath: resolver.resolve('./runtime/components/FlocktoryPostcheckout') });
    addImports({ name: 'useFlocktoryPostcheckout', from: resolver.resolve('./runtime/composables/useFlocktoryPostcheckout') });
  },
});

declare module '@nuxt/schema' {
  interface PublicRuntimeConfig {
    flocktory: FlocktoryPublicConfig;
  }
}
