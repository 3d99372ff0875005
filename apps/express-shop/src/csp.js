import { randomBytes } from 'node:crypto';

/**
 * The CSP every response gets: only scripts carrying this request's nonce run, and
 * 'strict-dynamic' lets them (Flocktory's loader) load further scripts.
 * @param {string} nonce
 */
export function contentSecurityPolicy(nonce) {
  return `script-src 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
}

/**
 * Express middleware: a fresh random nonce per request in `res.locals.cspNonce` (where
 * `@flocktory-ssr/html/express` looks for it) and the matching header.
 * @param {import('express').Request} _req
 * @param {import('express').Response} res
 * @param {import('express').NextFunction} next
 */
export function cspNonce(_req, res, next) {
  const nonce = randomBytes(16).toString('base64');
  res.locals.cspNonce = nonce;
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  next();
}
