// For type-checking src/runtime outside a Nuxt app: the part of an app's `#imports` the runtime uses,
// with nuxt's own types.
declare module '#imports' {
  export { defineNuxtPlugin, useHead, useNuxtApp, useRuntimeConfig } from 'nuxt/app';
}
