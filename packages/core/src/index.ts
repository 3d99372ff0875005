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
export { FlocktoryValidationError, logIssues, type FlocktoryIssue, type IssueCode } from './issues';
export { resolveMode, type FlocktoryMode, type FlocktoryOptions } from './options';
export { normalizePostcheckout, type NormalizeResult } from './normalize';
export { unknownEmailFromPhone, unknownEmailFromUserId } from './email';
export { isStringifiedMissingValue } from './value-rules';
export { escapeJsonForScript } from './serialize';
export { buildPostcheckout, postcheckoutCode, type PostcheckoutSnippet } from './postcheckout';
export { SCRIPT_ATTRIBUTE } from './constants';
export type { Snippet } from './snippet';
export type { MarkerAttributes } from './markers';
export { buildUser, type UserInput } from './user';
export { buildCategoryView, type CategoryViewInput } from './category-view';
export { buildItemView, type ItemViewInput } from './item-view';
export { buildExchange, EXCHANGE_ANONYMOUS_EMAIL, type ExchangeInput } from './exchange';
export { buildUpdateCart, type UpdateCartSnippet } from './update-cart';
export type { UpdateCartData } from './cart-snapshot';
export type { CartItemInput, CartLine, CartLineInput, CartRemovalInput } from './cart-items';
