// The pages of the nuxt-security fixtures, a Nuxt layer that the Nuxt 4 fixture
// (packages/nuxt/test/fixtures/security) and the Nuxt 3 one (test/nuxt3/fixtures/security) extend;
// each fixture sets the modules and nuxt-security's options.
export default defineNuxtConfig({});
