export { FlocktoryPostcheckout } from './postcheckout-component';
export { FlocktoryLoader } from './loader-component';
export { useFlocktoryPostcheckout, type UseFlocktoryPostcheckout } from './use-postcheckout';
export type { PostcheckoutOptions } from './options';
export type {
  FlocktoryMode,
  FlocktoryValidationError,
  PostcheckoutData,
  PostcheckoutInput,
  PostcheckoutSnippet,
} from '@flocktory-ssr/core';
