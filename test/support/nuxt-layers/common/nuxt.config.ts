// The pages every @flocktory-ssr/nuxt fixture app has (Nuxt 4: packages/nuxt/test/fixtures/*, Nuxt 3:
// test/nuxt3/fixtures/*), a Nuxt layer they extend; each fixture sets the modules and options and
// adds its own pages.
export default defineNuxtConfig({});
