import { findProduct } from './catalog.js';
import { COOKIE_OPTIONS, readCookies } from './cookies.js';

/** The cart lives in a cookie, `product id → count`: a demo shop keeps no sessions. */
export const CART_COOKIE = 'demo_cart';
const MAX_COUNT = 99;

/**
 * @typedef {object} CartLine
 * @property {import('./catalog.js').Product} product
 * @property {number} count
 */

/**
 * The visitor's cart, known products only, counts 1–99, in the order they were added.
 * @param {import('express').Request} req
 * @returns {Map<string, number>}
 */
export function readCart(req) {
  /** @type {Map<string, number>} */
  const cart = new Map();
  let stored;
  try {
    stored = JSON.parse(readCookies(req).get(CART_COOKIE) ?? '{}');
  } catch {
    return cart;
  }
  if (!stored || typeof stored !== 'object') return cart;
  for (const [id, count] of Object.entries(stored)) {
    if (findProduct(id) && Number.isInteger(count) && count > 0) cart.set(id, Math.min(count, MAX_COUNT));
  }
  return cart;
}

/** @param {import('express').Response} res @param {Map<string, number>} cart */
export function writeCart(res, cart) {
  if (cart.size === 0) res.clearCookie(CART_COOKIE, COOKIE_OPTIONS);
  else res.cookie(CART_COOKIE, JSON.stringify(Object.fromEntries(cart)), COOKIE_OPTIONS);
}

/**
 * The count of product `id` after `change`: `add` (+1), `remove` (all of it), or a number.
 * @param {Map<string, number>} cart
 * @param {string} id
 * @param {'add' | 'increment' | 'decrement' | 'remove'} change
 * @returns {number}
 */
export function changeCart(cart, id, change) {
  const before = cart.get(id) ?? 0;
  const after = change === 'remove' ? 0 : Math.min(Math.max(before + (change === 'decrement' ? -1 : 1), 0), MAX_COUNT);
  if (after > 0) cart.set(id, after);
  else cart.delete(id);
  return after;
}

/** @param {Map<string, number>} cart @returns {CartLine[]} */
export function cartLines(cart) {
  /** @type {CartLine[]} */
  const lines = [];
  for (const [id, count] of cart) {
    const product = findProduct(id);
    if (product) lines.push({ product, count });
  }
  return lines;
}

/** @param {Map<string, number>} cart */
export const cartUnits = (cart) => [...cart.values()].reduce((sum, count) => sum + count, 0);

/** @param {CartLine[]} lines */
export const cartTotal = (lines) => Math.round(lines.reduce((sum, line) => sum + line.product.price * line.count, 0) * 100) / 100;
