import { findProduct } from './catalog.js';

/**
 * @typedef {object} OrderLine
 * @property {import('./catalog.js').Product} product
 * @property {number} count
 *
 * @typedef {object} Order
 * @property {string} id
 * @property {string} name
 * @property {string} email
 * @property {string} phone
 * @property {OrderLine[]} lines
 * @property {number} total
 */

const roundKopecks = (/** @type {number} */ amount) => Math.round(amount * 100) / 100;

/** Orders live in memory: this is a demo shop. */
export class OrderStore {
  /** @type {Map<string, Order>} */
  #orders = new Map();
  #next = 1;

  /** @param {import('./checkout-form.js').CheckoutForm} form @returns {Order} */
  place(form) {
    /** @type {OrderLine[]} */
    const lines = [];
    for (const [productId, count] of Object.entries(form.quantities)) {
      const product = findProduct(productId);
      if (product && count > 0) lines.push({ product, count });
    }
    const total = roundKopecks(lines.reduce((sum, line) => sum + line.product.price * line.count, 0));
    // Unique per order (Flocktory requires it), also across restarts of this in-memory store.
    const id = `${Date.now().toString(36).toUpperCase()}-${this.#next++}`;
    const order = { id, name: form.name, email: form.email, phone: form.phone, lines, total };
    this.#orders.set(id, order);
    return order;
  }

  /** @param {string} id */
  get(id) {
    return this.#orders.get(id);
  }
}

/**
 * The postcheckout input for an order, `{ user, order }`, as the view passes it to
 * `flocktory.postcheckout(purchase)`. Email wins; without one the library derives the docs'
 * `phone@unknown.email`.
 * @param {Order} order
 * @returns {import('@flocktory-ssr/html').PostcheckoutInput}
 */
export function toPurchase(order) {
  const email = order.email.trim();
  return {
    user: email ? { name: order.name, email, phone: order.phone || null } : { name: order.name, phone: order.phone },
    order: {
      id: order.id,
      price: order.total,
      items: order.lines.map((line) => ({ id: line.product.id, title: line.product.title, price: line.product.price, count: line.count })),
    },
  };
}
