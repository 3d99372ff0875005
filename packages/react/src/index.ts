// Core's values and types too (FlocktoryValidationError, buildPostcheckout, resolveMode, …): one
// import for components, errors and helpers, as TanStack's adapters re-export their core.
export * from '@flocktory-ssr/core';
export * from '@flocktory-ssr/core/loader';
export { FlocktoryPostcheckout, type FlocktoryPostcheckoutProps } from './postcheckout';
export { FlocktoryLoader, type FlocktoryLoaderProps } from './loader';
