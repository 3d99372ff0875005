import type { FlocktoryIssue } from '../issues';
import { POSTCHECKOUT_USER } from '../normalize';
import { readRequired } from '../reader';
import type { PostcheckoutInput, PostcheckoutItemInput, PostcheckoutUserInput } from '../types';
import { defined } from './read-source';

/**
 * Stands for an order item that is not an object: it is kept, without an id, so the builders refuse
 * the order (an order must never reach Flocktory without one of its products).
 */
export const UNUSABLE_ITEM: PostcheckoutItemInput = Object.freeze({}) as PostcheckoutItemInput;

/**
 * The postcheckout input from mapped parts. A required part that could not be mapped stays out,
 * so the builders refuse the input exactly when a mapper issue is fatal.
 */
export function postcheckoutInput(
  user: PostcheckoutUserInput | undefined,
  id: string | number | undefined,
  price: string | number | undefined,
  items: PostcheckoutItemInput[] | undefined,
): PostcheckoutInput {
  return defined({ user, order: defined({ id, price, items }) }) as unknown as PostcheckoutInput;
}

/** The `user` argument of the GA4 and UA mappers: our own user input, read as the adapters read it. */
export function readUserArgument(user: unknown, issues: FlocktoryIssue[]): PostcheckoutUserInput | undefined {
  return readRequired(POSTCHECKOUT_USER, user, issues, 'user');
}
