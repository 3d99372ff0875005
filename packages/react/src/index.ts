// Core's values and types too (FlocktoryValidationError, buildPostcheckout, resolveMode, …): one
// import for components, errors and helpers, as TanStack's adapters re-export their core.
export * from '@flocktory-ssr/core';
export * from '@flocktory-ssr/core/loader';
export { FlocktoryPostcheckout, type FlocktoryPostcheckoutProps } from './postcheckout';
export { FlocktoryLoader, type FlocktoryLoaderProps } from './loader';
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
// Client files ('use client'): kept as files of their own in dist, so RSC bundlers see the directive.
export { useFlocktoryCart, type FlocktoryCart, type FlocktoryCartOptions } from './use-flocktory-cart';
export { FlocktoryPageView, type FlocktoryPageViewProps } from './page-view';
