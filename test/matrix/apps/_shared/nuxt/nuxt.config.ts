export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  modules: ['nuxt-security', '@flocktory-ssr/nuxt'],
  flocktory: { siteId: 42, loaderSrc: '/flocktory-stub/loader.js' },
  security: { nonce: true },
  devtools: { enabled: false },
  telemetry: false,
});
