export type {
  IdInput,
  PostcheckoutData,
  PostcheckoutInput,
  PostcheckoutItem,
  PostcheckoutItemInput,
  PostcheckoutOrder,
  PostcheckoutOrderInput,
  PostcheckoutUser,
  PostcheckoutUserInput,
  PriceInput,
} from './types';
export { FlocktoryValidationError, type FlocktoryIssue, type IssueCode } from './issues';
export { resolveMode, type FlocktoryMode, type FlocktoryOptions } from './options';
export { normalizePostcheckout, type NormalizeResult } from './normalize';
export { unknownEmailFromPhone, unknownEmailFromUserId } from './email';
export { escapeJsonForScript } from './serialize';
export { buildPostcheckout, postcheckoutCode, type PostcheckoutSnippet } from './postcheckout';
export { SCRIPT_ATTRIBUTE } from './constants';
