import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

/** Where the pages import `@flocktory-ssr/core/client` from (public/cart.js). */
export const CORE_CLIENT_URL_PATH = '/static/flocktory-ssr/core';

/**
 * Serves the ES module build of `@flocktory-ssr/core` (client.js and the chunks it imports) as
 * it is published: no bundler in this demo. Only `*.js` files; the CSP's nonce reaches them
 * because module imports inherit the nonce of the `<script type="module">` that imports them.
 */
export function coreClientFiles() {
  const dist = dirname(fileURLToPath(import.meta.resolve('@flocktory-ssr/core/client')));
  const files = express.static(dist, { index: false, maxAge: '1h', fallthrough: false });
  return (
    /** @type {import('express').Request} */ req,
    /** @type {import('express').Response} */ res,
    /** @type {import('express').NextFunction} */ next,
  ) => {
    if (!/^\/[\w-]+\.js$/.test(req.path)) return next();
    files(req, res, next);
  };
}
