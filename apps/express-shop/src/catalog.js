/**
 * @typedef {object} Product
 * @property {string} id     article number, as in the product feed
 * @property {string} title
 * @property {number} price  roubles
 */

/** @type {readonly Product[]} The seed catalog; one title is an XSS probe on purpose. */
export const products = Object.freeze([
  { id: 'sku-1001', title: 'Кроссовки «Бегун»', price: 4990 },
  { id: 'sku-1002', title: 'Футболка хлопковая, белая', price: 1299.5 },
  { id: 'sku-1003', title: 'Рюкзак городской 25 л', price: 3490 },
  { id: 'sku-1004', title: 'Носки "Ёжик" & Co <3', price: 199 },
  { id: 'sku-0666', title: '</script><script>alert(1)</script>', price: 13.37 },
]);

/** @param {string} id */
export function findProduct(id) {
  return products.find((product) => product.id === id);
}

const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' });

/** @param {number} amount */
export function formatPrice(amount) {
  return rubles.format(amount);
}
