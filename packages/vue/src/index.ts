export { FlocktoryPostcheckout } from './postcheckout-component';
export { FlocktoryLoader } from './loader-component';
export { useFlocktoryPostcheckout, type UseFlocktoryPostcheckout } from './use-postcheckout';
export type { PostcheckoutOptions } from './options';
export { FlocktoryCategoryView, FlocktoryExchange, FlocktoryItemView, FlocktoryUser } from './markers';
export { FlocktoryUpdateCart } from './update-cart-component';
export { useFlocktoryCart, type CartOptions, type UseFlocktoryCart } from './use-cart';
export { FlocktoryPageView, flocktoryRouter, type AfterEachRouter } from './page-view';
// Core's values and types too: one import for components, errors and helpers, as TanStack's
// adapters re-export their core. Values by name: `export *` from a package makes some bundlers
// (esbuild) add runtime re-export helpers to every app; a test checks that none is missing.
export type * from '@flocktory-ssr/core';
export type * from '@flocktory-ssr/core/loader';
export {
  buildCategoryView,
  buildExchange,
  buildItemView,
  buildPostcheckout,
  buildUpdateCart,
  buildUser,
  escapeJsonForScript,
  EXCHANGE_ANONYMOUS_EMAIL,
  FlocktoryValidationError,
  isStringifiedMissingValue,
  logIssues,
  normalizePostcheckout,
  postcheckoutCode,
  SCRIPT_ATTRIBUTE,
  resolveMode,
  unknownEmailFromPhone,
  unknownEmailFromUserId,
} from '@flocktory-ssr/core';
export { buildLoader, DEFAULT_LOADER_SRC, isNonce } from '@flocktory-ssr/core/loader';
