/**
 * The key our script components set in the request's `event.context` when they render an inline
 * script into the page's body: the server plugin (`server/own-nonce`) only looks for our scripts in
 * the body of pages that have one.
 */
export const BODY_SCRIPT = 'flocktoryBodyScript';
