import { identity } from './identity';
import { marker, type MarkerAttributes } from './markers';
import { settle, type FlocktoryOptions } from './options';
import { optional, readRequired, required, schema, type DataOfSchema } from './reader';
import type { PostcheckoutUserInput } from './types';
import { text } from './value-rules';

/**
 * A signed-in user, as in postcheckout: `name` ("First Last") and `email`, or instead of the
 * e-mail `phone` or the shop's user `id` (sent as `…@unknown.email`). `sex` is accepted, so the
 * same object serves both, and not rendered: the marker has no attribute for it.
 */
export type UserInput = PostcheckoutUserInput;

// `phone` and `id`: read by `identity`; `sex`: accepted and not rendered. A literal, not a spread
// of identity's keys, so the schema stays removable by bundlers (see `schema`).
const USER_KEYS = ['phone', 'id', 'sex'];

/** The user's fields in the markers' order; shared with the Exchange marker. */
export const USER = /* @__PURE__ */ schema(() => ({ name: optional(text), email: required(identity) }), USER_KEYS);

export type MarkerUser = DataOfSchema<typeof USER>;

/** `data-fl-user-name` (only when known), then `data-fl-user-email`, added to `attributes` (default: a new array). */
export function userAttributes(user: MarkerUser, attributes: [string, string][] = []): [string, string][] {
  if (user.name !== undefined) attributes.push(['data-fl-user-name', user.name]);
  attributes.push(['data-fl-user-email', user.email]);
  return attributes;
}

/**
 * The user marker for every page while a user is signed in:
 * `<div class="i-flocktory" data-fl-user-name="…" data-fl-user-email="…">`
 * (https://flocktory.github.io/en/integration/precheckout/). `null` or `undefined` means an
 * anonymous visitor: no marker, and no issue. Otherwise like buildPostcheckout: strict mode throws
 * a FlocktoryValidationError on any problem; safe mode returns null when the user cannot be sent
 * (no usable e-mail, phone or id) and drops a bad name, reporting both to `onError`.
 * `options.nonce` is not used: a marker is not a script.
 */
export function buildUser(user: UserInput | null | undefined, options: FlocktoryOptions = {}): MarkerAttributes | null {
  if (user == null) return null;
  return settle(options, (issues) => {
    const data = readRequired(USER, user, issues, 'user');
    return data && marker(userAttributes(data));
  });
}
