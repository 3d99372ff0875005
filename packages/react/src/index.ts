export { FlocktoryPostcheckout, type FlocktoryPostcheckoutProps } from './postcheckout';
export { FlocktoryLoader, type FlocktoryLoaderProps } from './loader';
export type {
  FlocktoryMode,
  FlocktoryOptions,
  FlocktoryValidationError,
  PostcheckoutData,
  PostcheckoutInput,
} from '@flocktory-ssr/core';
