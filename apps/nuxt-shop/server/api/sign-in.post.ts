import { SHOPPER_COOKIE } from '../../lib/shopper';

/**
 * The fake sign-in, a plain form post: no password, the shopper's name and e-mail go into a cookie
 * (JSON, as `useCookie` reads it), then a redirect, i.e. a full page load. The module's user
 * resolver (server/flocktory-user.ts) reads the cookie while rendering each page.
 */
export default defineEventHandler(async (event) => {
  const form: Record<string, unknown> = (await readBody<Record<string, unknown>>(event).catch(() => null)) ?? {};
  const name = String(form.name ?? '').trim();
  const email = String(form.email ?? '').trim();
  if (email) setCookie(event, SHOPPER_COOKIE, JSON.stringify({ name, email }), { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 30 });
  const back = String(form.back ?? '/cart');
  // Only a path of this shop: never an open redirect.
  return sendRedirect(event, back.startsWith('/') && !back.startsWith('//') ? back : '/cart', 303);
});
