import { readUser, toFlocktoryUser } from './account.js';
import { cartUnits, readCart } from './cart.js';

/**
 * Express middleware: what every page's header needs, in `res.locals` — the signed-in user (the
 * layout renders Flocktory's user marker for them on every page), the cart's unit count, and
 * `clientScript` (false; pages with cart buttons turn it on).
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @param {import('express').NextFunction} next
 */
export function visitor(req, res, next) {
  const user = readUser(req);
  res.locals.user = user;
  res.locals.flocktoryUser = user ? toFlocktoryUser(user) : null;
  res.locals.cartUnits = cartUnits(readCart(req));
  res.locals.clientScript = false;
  res.locals.currentPath = req.originalUrl;
  next();
}
