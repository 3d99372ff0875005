/**
 * The request's cookies by name (the demo needs two; no cookie-parser dependency for that).
 * A value that is not valid percent-encoding is skipped, not thrown.
 * @param {import('express').Request} req
 * @returns {Map<string, string>}
 */
export function readCookies(req) {
  /** @type {Map<string, string>} */
  const cookies = new Map();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    try {
      cookies.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // Malformed: as if absent.
    }
  }
  return cookies;
}

/** Options of the demo's cookies: the browser's scripts never need them (they ask the server). */
export const COOKIE_OPTIONS = Object.freeze({ httpOnly: true, sameSite: /** @type {const} */ ('lax'), path: '/' });
