// For type-checking src/runtime outside a Nuxt app: the part of an app's `#imports` the runtime uses,
// with nuxt's own types.
declare module '#imports' {
  export { defineNuxtPlugin, useHead, useNuxtApp, useRouter, useRuntimeConfig } from 'nuxt/app';
}

// The Nitro plugin's import of the shop's resolver (a virtual module the module writes).
declare module '#flocktory/user-resolver' {
  const resolveUser: (
    event: unknown,
  ) => import('@flocktory-ssr/core').UserInput | null | undefined | Promise<import('@flocktory-ssr/core').UserInput | null | undefined>;
  export default resolveUser;
}

// Nuxt's build-time config, as its own runtime imports it (`app.*` options as `app*` constants).
declare module '#build/nuxt.config.mjs' {
  export const appPageTransition: boolean | object;
}
