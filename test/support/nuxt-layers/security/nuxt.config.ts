// The nuxt-security fixtures' pages (Nuxt 4: packages/nuxt/test/fixtures/security, Nuxt 3:
// test/nuxt3/fixtures/security): the common ones and /quotes.
export default defineNuxtConfig({
  extends: ['../common'],
});
