import { buildUser, type FlocktoryMode, type UserInput } from '@flocktory-ssr/core';
import { markerHtml } from '@flocktory-ssr/core/markup';

/**
 * The user marker's HTML, `''` for an anonymous visitor or (safe mode) a user that cannot be sent:
 * what `@flocktory-ssr/vue`'s FlocktoryUser renders on the server (its `ssrRender` writes the
 * same `markerHtml(buildUser(…))`), without making a Vue app for it on every request. Strict mode
 * throws the core's FlocktoryValidationError.
 */
export function renderUserMarker(user: UserInput | null | undefined, mode: FlocktoryMode | undefined): string {
  if (user == null) return '';
  const attributes = buildUser(user, { mode });
  return attributes ? markerHtml(attributes) : '';
}
