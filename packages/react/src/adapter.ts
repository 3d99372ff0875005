/**
 * `@flocktory-ssr/react/adapter`: everything the main entry exports except `FlocktoryLoader` and
 * `FlocktoryPageView`, for adapters that render their own (`@flocktory-ssr/next/app`). An RSC
 * bundler ships every 'use client' module its server graph imports, rendered or not: importing the
 * main entry would send the loader's and the page view's client code to every page.
 */
export * from '@flocktory-ssr/core';
export * from '@flocktory-ssr/core/loader';
export { FlocktoryPostcheckout, type FlocktoryPostcheckoutProps } from './postcheckout';
export {
  FlocktoryUser,
  FlocktoryCategoryView,
  FlocktoryItemView,
  FlocktoryExchange,
  type FlocktoryMarkerOptions,
  type FlocktoryUserProps,
  type FlocktoryCategoryViewProps,
  type FlocktoryItemViewProps,
  type FlocktoryExchangeProps,
} from './markers';
export { FlocktoryUpdateCart, type FlocktoryUpdateCartProps } from './update-cart';
// Client file ('use client'): kept as a file of its own in dist, so RSC bundlers see the directive.
export { useFlocktoryCart, type FlocktoryCart, type FlocktoryCartOptions } from './use-flocktory-cart';
