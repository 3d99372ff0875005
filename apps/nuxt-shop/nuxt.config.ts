/**
 * Which loader.js the pages include, decided at build time: the local stand-in when asked for
 * (`FLOCKTORY_LOADER=stub`) and whenever no `FLOCKTORY_SITE_ID` is set, so a fresh clone works
 * offline. At run time Nuxt's own variables still override: `NUXT_PUBLIC_FLOCKTORY_SITE_ID`,
 * `NUXT_PUBLIC_FLOCKTORY_LOADER_SRC`.
 */
const siteId = process.env.FLOCKTORY_SITE_ID?.trim();
const stub = process.env.FLOCKTORY_LOADER === 'stub' || !siteId;

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  modules: ['nuxt-security', '@flocktory-ssr/nuxt'],
  flocktory: {
    siteId: siteId || '42',
    loaderSrc: stub ? '/flocktory-stub/loader.js' : undefined,
    // The signed-in shopper's marker on every server-rendered page (the fake sign-in's cookie).
    user: '~~/server/flocktory-user',
  },
  // A strict CSP: only scripts carrying this response's nonce (and what they load) may run.
  security: {
    nonce: true,
    rateLimiter: false,
    headers: {
      contentSecurityPolicy: {
        'script-src': ["'self'", "'strict-dynamic'", "'nonce-{{nonce}}'"],
        'script-src-attr': ["'none'"],
      },
    },
  },
  // Shoppers' names and product titles may hold anything, `</script>` included: escaping them is
  // this library's job, so the demo must not have nuxt-security's XSS validator reject the order.
  routeRules: {
    '/api/orders': { security: { xssValidator: false } },
    '/api/sign-in': { security: { xssValidator: false } },
    // The browser tests' attack pages take hostile order ids in the query (see pages/edge-cases).
    '/edge-cases/**': { security: { xssValidator: false } },
  },
  devtools: { enabled: false },
  telemetry: false,
});
