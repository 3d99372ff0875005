/**
 * Whether this build carries the server-render code (the components' `ssrRender`, raw reads of a
 * reactive order). tsup.config.ts replaces it: `true` in the default build (servers), `false` in
 * the `browser` one, where the bundler drops that code; vitest.config.ts sets it `true`.
 */
declare const __FLOCKTORY_SERVER__: boolean;
