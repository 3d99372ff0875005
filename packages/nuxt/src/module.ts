import { addComponent, addImports, addPlugin, addServerPlugin, createResolver, defineNuxtModule, resolvePath, useLogger } from '@nuxt/kit';
import type { FlocktoryMode, UserInput } from '@flocktory-ssr/core';

/**
 * The default export of the module's `user` file: the signed-in user of this request, or null for
 * an anonymous visitor; sync or async. `Event` is h3's H3Event (this package does not depend on h3:
 * write `FlocktoryUserResolver<H3Event>`).
 */
// biome-ignore lint/suspicious/noExplicitAny: without an Event type the resolver may use the event as it likes
export type FlocktoryUserResolver<Event = any> = (event: Event) => UserInput | null | undefined | Promise<UserInput | null | undefined>;

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
  /**
   * After each client-side navigation, once the new page is in the DOM (and the old one gone), call
   * `window.flocktory.reInit()` so the loader reads the new page's markers (default true; observed,
   * undocumented loader behaviour). Run time: `NUXT_PUBLIC_FLOCKTORY_RE_INIT`.
   */
  reInit?: boolean;
  /**
   * A server file (aliases allowed: `'~/server/flocktory-user'`) whose default export is a
   * FlocktoryUserResolver, `(event) => user | null`: its user's marker is rendered at the start of
   * `<body>` on every server-rendered page.
   */
  user?: string;
}

/** What the module puts in `runtimeConfig.public.flocktory` (strings, so env variables can override). */
export interface FlocktoryPublicConfig {
  siteId: string;
  loaderSrc: string;
  mode: string;
  loader: boolean;
  reInit: boolean;
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
  defaults: { loader: true, reInit: true },
  async setup(options, nuxt) {
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
      reInit: existing.reInit ?? options.reInit !== false,
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
    // First of the server plugins, so its first `render:html` hook runs before that rewrite,
    // whichever module is listed first (addServerPlugin would add it last).
    nuxt.options.nitro.plugins = [resolver.resolve('./runtime/server/own-nonce'), ...(nuxt.options.nitro.plugins ?? [])];
    addComponent({ name: 'FlocktoryPostcheckout', filePath: resolver.resolve('./runtime/components/FlocktoryPostcheckout') });
    addImports({ name: 'useFlocktoryPostcheckout', from: resolver.resolve('./runtime/composables/useFlocktoryPostcheckout') });
    // The markers and the cart script, with the module's mode (and nonce, for the script).
    const markers = resolver.resolve('./runtime/components/markers');
    for (const name of ['FlocktoryUser', 'FlocktoryCategoryView', 'FlocktoryItemView', 'FlocktoryExchange', 'FlocktoryUpdateCart']) {
      addComponent({ name, export: name, filePath: markers });
    }
    // Nothing to configure: taken as they are.
    addComponent({ name: 'FlocktoryPageView', export: 'FlocktoryPageView', filePath: '@flocktory-ssr/vue' });
    addImports({ name: 'useFlocktoryCart', from: '@flocktory-ssr/vue' });
    // Always added: `reInit` is read at run time, so an env variable can turn it off.
    addPlugin({ src: resolver.resolve('./runtime/page-view-plugin'), mode: 'client' });

    if (options.user) {
      const file = await resolvePath(options.user);
      nuxt.hook('nitro:config', (config) => {
        config.virtual = { ...config.virtual, '#flocktory/user-resolver': `export { default } from ${JSON.stringify(file)};` };
      });
      addServerPlugin(resolver.resolve('./runtime/server/user-marker'));
    }
  },
});

declare module '@nuxt/schema' {
  interface PublicRuntimeConfig {
    flocktory: FlocktoryPublicConfig;
  }
}
