import { SHOPPER_COOKIE } from '../../lib/shopper';

/** Forgets the shopper; a full page load, so the server-rendered user marker goes too. */
export default defineEventHandler((event) => {
  deleteCookie(event, SHOPPER_COOKIE, { path: '/' });
  return sendRedirect(event, '/', 303);
});
