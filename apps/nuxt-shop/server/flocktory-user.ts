import { sanitizeShopper, SHOPPER_COOKIE } from '../lib/shopper';

/**
 * The module's user resolver (`flocktory.user` in nuxt.config): the signed-in shopper of this
 * request, whose marker the module renders on every server-rendered page; null when anonymous.
 */
export default function flocktoryUser(event: Parameters<typeof getCookie>[0]) {
  let shopper = null;
  try {
    shopper = sanitizeShopper(JSON.parse(getCookie(event, SHOPPER_COOKIE) ?? 'null'));
  } catch {
    // Not our cookie's format: anonymous.
  }
  if (!shopper) return null;
  return shopper.name ? { name: shopper.name, email: shopper.email } : { email: shopper.email };
}
