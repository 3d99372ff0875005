import { batchedListJson, ITEMS_PER_BATCH, scriptJson } from './batched-json';
import { CODE_PREFIX, CODE_SUFFIX } from './constants';
import { readPostcheckout } from './normalize';
import { checkNonce, settle, type FlocktoryOptions } from './options';
import { normalizedJson } from './postcheckout-json';
import { InlineSnippet, type Snippet } from './snippet';
import type { PostcheckoutData, PostcheckoutInput } from './types';

/** `buildPostcheckout`'s result: the script's `code`, its `hash`, the `nonce`, the pushed `data` and dropped fields' `issues`. */
export type PostcheckoutSnippet = Snippet<PostcheckoutData>;

/**
 * The docs' snippet for already-normalized data: `CODE_PREFIX + JSON + CODE_SUFFIX`. For data from
 * anywhere, so through JSON.stringify (buildPostcheckout writes its own data faster: postcheckout-json.ts).
 */
export function postcheckoutCode(data: PostcheckoutData): string {
  const { order } = data;
  const { items } = order;
  if (items.length <= ITEMS_PER_BATCH) return CODE_PREFIX + scriptJson(data) + CODE_SUFFIX;
  const list = batchedListJson(items);
  // The order without its items, then the items where the 0 is: `"items":0` occurs once, as the
  // only unescaped `"` that a `:` follows is a key's, and only the order has an `items` key.
  const head = scriptJson({ ...data, order: { ...order, items: 0 } });
  const at = head.indexOf('"items":0') + 8;
  return CODE_PREFIX + head.slice(0, at) + '[' + list + ']' + head.slice(at + 1) + CODE_SUFFIX;
}

/**
 * Validates, normalizes and serializes a postcheckout order. Returns null (safe mode) when the
 * order cannot be sent; throws FlocktoryValidationError (strict mode) on any problem.
 */
export function buildPostcheckout(input: PostcheckoutInput, options: FlocktoryOptions = {}): PostcheckoutSnippet | null {
  return settle(options, (issues) => {
    const nonce = checkNonce(options.nonce, issues);
    const data = readPostcheckout(input, issues);
    // Then no issue is fatal: `issues` are the optional fields that were dropped.
    return data && new InlineSnippet(CODE_PREFIX + normalizedJson(data) + CODE_SUFFIX, nonce, data, issues);
  });
}
