import { COOKIE_OPTIONS, readCookies } from './cookies.js';

/** The fake sign-in: whoever says who they are is signed in (a demo, no passwords). */
export const USER_COOKIE = 'demo_user';

/**
 * @typedef {object} DemoUser
 * @property {string} email
 * @property {string} name
 */

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' ? value.trim().slice(0, 200) : '');

/**
 * The signed-in visitor, or null.
 * @param {import('express').Request} req
 * @returns {DemoUser | null}
 */
export function readUser(req) {
  try {
    const stored = JSON.parse(readCookies(req).get(USER_COOKIE) ?? 'null');
    const email = text(stored?.email);
    return email ? { email, name: text(stored?.name) } : null;
  } catch {
    return null;
  }
}

/** @param {import('express').Response} res @param {Record<string, unknown>} form */
export function signIn(res, form) {
  const user = { email: text(form.email), name: text(form.name) };
  if (!user.email) return null;
  res.cookie(USER_COOKIE, JSON.stringify(user), COOKIE_OPTIONS);
  return user;
}

/** @param {import('express').Response} res */
export function signOut(res) {
  res.clearCookie(USER_COOKIE, COOKIE_OPTIONS);
}

/**
 * The user marker's input: the name only when known (the marker leaves it out otherwise).
 * @param {DemoUser} user
 * @returns {import('@flocktory-ssr/html').UserInput}
 */
export function toFlocktoryUser(user) {
  return user.name ? { email: user.email, name: user.name } : { email: user.email };
}

/**
 * Where to go after signing in: a path on this site only (`//host` and `/\host` are other sites).
 * @param {unknown} next
 */
export function localPath(next) {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/cart';
}
