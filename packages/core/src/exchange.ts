import { marker, type MarkerAttributes } from './markers';
import { settle, type FlocktoryOptions } from './options';
import { nested, optional, readRequired, schema } from './reader';
import { USER, userAttributes, type UserInput } from './user';
import { text } from './value-rules';

/** The address the Exchange docs give for a visitor of whom nothing is known. */
export const EXCHANGE_ANONYMOUS_EMAIL = 'xname@flocktory.com';

export interface ExchangeInput {
  /** The signed-in user, as for buildUser; leave it out (or null) for an anonymous visitor. */
  user?: UserInput | null;
  /** The banner's spot, set in Flocktory's cabinet; leave it out to show one banner everywhere. */
  spot?: string | null;
}

const EXCHANGE = /* @__PURE__ */ schema(() => ({ user: optional(nested(USER)), spot: optional(text) }));

/**
 * The Exchange banner's marker, placed exactly where the banner should appear:
 * `<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="…" data-fl-user-name="…"
 * data-fl-user-email="…">` (https://flocktory.github.io/en/integration/exchange/).
 * The user's e-mail falls back to `phone@unknown.email`, then `id@unknown.email`, as everywhere
 * else; without a user (or with one that cannot be identified, which is reported) the banner is
 * still rendered for an anonymous visitor: no name, and the e-mail `xname@flocktory.com`, as the
 * Exchange docs say. README.md, "Where the docs disagree", says why.
 * Strict mode throws on any problem; safe mode reports to `onError`.
 */
export function buildExchange(input?: ExchangeInput | null, options: FlocktoryOptions = {}): MarkerAttributes | null {
  return settle(options, (issues) => {
    const data = readRequired(EXCHANGE, input ?? {}, issues, '');
    if (!data) return undefined;
    const attributes: [string, string][] = [['data-fl-action', 'exchange']];
    if (data.spot !== undefined) attributes.push(['data-fl-spot', data.spot]);
    if (data.user) userAttributes(data.user, attributes);
    else attributes.push(['data-fl-user-email', EXCHANGE_ANONYMOUS_EMAIL]);
    return marker(attributes);
  });
}
