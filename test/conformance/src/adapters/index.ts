/**
 * Every adapter under test. An adapter is listed here once its package has landed; the suites
 * run all of them, so a listed adapter can never be silently skipped.
 */
import { coreReference } from './core-reference';
import { expressEjs, expressHandlebars, expressPug, inProcessEjs, inProcessHandlebars, inProcessPug } from './express-views';
import { htmlRenderLoader, htmlRenderPostcheckout } from './html';
import { loaderCoreReference } from './loader-core-reference';
import { reactLoader, vueLoader } from './loader-components';
import { reactRenderToPipeableStream, reactRenderToReadableStream, reactRenderToStaticMarkup, reactRenderToString } from './react';
import { vueRenderToString } from './vue';
import { vueUnderNuxtSecurity } from './vue-nuxt-security';
import type { LoaderAdapter } from './loader-types';
import type { Adapter } from './types';

export type { Adapter, RenderOptions } from './types';
export type { LoaderAdapter, LoaderRenderOptions } from './loader-types';
export { coreReference, loaderCoreReference };

/**
 * Every adapter, as users run it (Express over real HTTP): the oracle, the corpus and the
 * bad-input matrix. Not the core reference (core's own output wrapped in a script element: held
 * against the oracle directly), and not `@flocktory-ssr/next`'s components, which are React's own
 * (test/next-reexports-react.test.ts keeps that true).
 */
export const adapters: Adapter[] = [
  htmlRenderPostcheckout,
  expressEjs,
  expressPug,
  expressHandlebars,
  reactRenderToString,
  reactRenderToStaticMarkup,
  reactRenderToPipeableStream,
  reactRenderToReadableStream,
  vueRenderToString,
  vueUnderNuxtSecurity,
];

/**
 * For the 100 000-case property runs: the same, with Express views rendered in process (one HTTP
 * round trip per case would take most of the CI budget; HTTP itself is covered by `adapters`).
 */
export const propertyAdapters: Adapter[] = [
  coreReference,
  htmlRenderPostcheckout,
  inProcessEjs,
  inProcessPug,
  inProcessHandlebars,
  reactRenderToString,
  vueRenderToString,
  vueUnderNuxtSecurity,
];

export const loaderAdapters: LoaderAdapter[] = [loaderCoreReference, htmlRenderLoader, reactLoader, vueLoader];
