import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The source as the default build has it (tsup.config.ts): with the server render.
  define: { __FLOCKTORY_SERVER__: 'true' },
  test: {
    environment: 'happy-dom',
    projects: [
      {
        extends: true,
        test: {
          name: 'source',
          include: ['test/**/*.test.ts'],
          globalSetup: ['@flocktory-ssr/test-support/fresh-dist'],
        },
      },
      {
        // The suites again on dist/browser (the `browser` export condition), in place of the source:
        // what browsers run, and what a server that resolves `browser` renders with (through the render
        // functions, no ssrRender). Left out: the raw reads of a reactive order (a server build's
        // saving) and the prop declarations, which load one source file of their own.
        extends: true,
        resolve: {
          alias: [{ find: /^\.\.\/src\/index$/, replacement: fileURLToPath(new URL('dist/browser/index.js', import.meta.url)) }],
        },
        test: {
          name: 'browser-build',
          include: ['test/**/*.test.ts'],
          exclude: ['test/ssr-reactive-input.test.ts', 'test/production-props.test.ts'],
          env: { FLOCKTORY_VUE_BUILD: 'browser' },
          globalSetup: ['@flocktory-ssr/test-support/fresh-dist-own'],
        },
      },
    ],
  },
});
