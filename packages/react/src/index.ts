// Core's values and types too (FlocktoryValidationError, buildPostcheckout, resolveMode, …): one
// import for components, errors and helpers, as TanStack's adapters re-export their core.
export * from './adapter';
export { FlocktoryLoader, type FlocktoryLoaderProps } from './loader';
// Client file ('use client'): kept as a file of its own in dist, so RSC bundlers see the directive.
export { FlocktoryPageView, type FlocktoryPageViewProps } from './page-view';
