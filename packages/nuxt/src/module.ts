import { addComponent, addImports, addPlugin, addServerPlugin, createResolver, defineNuxtModule } from '@nuxt/kit';
import type { FlocktoryMode } from '@flocktory-ssr/core';

export interface ModuleOptions {
  /** Your Flocktory site id (digits). Overridden at run time by `NUXT_PUBLIC_FLOCKTORY_SITE_ID`. */
  siteId?: string | number;
  /** Where loader.js is served from; default Flocktory's CDN. Run time: `NUXT_PUBLIC_FLOCKTORY_LOADER_SRC`. */
  loaderSrc?: string;
  /** `strict` throws on bad data, `safe` renders nothing and reports; default by NODE_ENV (see core). */
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
    publicConfig.flocktory = {
      siteId: existing.siteId ?? (options.siteId == null ? '' : String(options.siteId)),
      loaderSrc: existing.loaderSrc ?? options.loaderSrc ?? '',
      mode: existing.mode ?? options.mode ?? '',
      loader: existing.loader ?? options.loader !== false,
    } satisfies FlocktoryPublicConfig;

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
