/**
 * @typedef {object} Category
 * @property {string} id     category id, as in the product feed
 * @property {string} title
 *
 * @typedef {object} Product
 * @property {string} id     article number, as in the product feed
 * @property {string} title
 * @property {number} price  roubles
 * @property {string} categoryId
 * @property {string} vendor  brand; hostile on purpose for one product
 * @property {boolean} available  in stock
 */

/** @type {readonly Category[]} */
export const categories = Object.freeze([
  { id: 'shoes', title: 'Обувь и носки' },
  { id: 'clothes', title: 'Одежда' },
  { id: 'bags', title: 'Сумки и рюкзаки' },
]);

/** @type {readonly Product[]} The seed catalog; one title and one vendor are XSS probes on purpose. */
export const products = Object.freeze([
  { id: 'sku-1001', title: 'Кроссовки «Бегун»', price: 4990, categoryId: 'shoes', vendor: 'Бегун', available: true },
  { id: 'sku-1002', title: 'Футболка хлопковая, белая', price: 1299.5, categoryId: 'clothes', vendor: 'Хлопок & Ко', available: true },
  { id: 'sku-1003', title: 'Рюкзак городской 25 л', price: 3490, categoryId: 'bags', vendor: 'Urban', available: false },
  { id: 'sku-1004', title: 'Носки "Ёжик" & Co <3', price: 199, categoryId: 'shoes', vendor: '"Ёжик" <Co>', available: true },
  {
    id: 'sku-0666',
    title: '</script><script>alert(1)</script>',
    price: 13.37,
    categoryId: 'clothes',
    vendor: '</div><script>alert(2)</script>',
    available: true,
  },
]);

/** @param {string} id */
export function findCategory(id) {
  return categories.find((category) => category.id === id);
}

/** @param {string} categoryId */
export function productsIn(categoryId) {
  return products.filter((product) => product.categoryId === categoryId);
}

/** @param {string} id */
export function findProduct(id) {
  return products.find((product) => product.id === id);
}

const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' });

/** @param {number} amount */
export function formatPrice(amount) {
  return rubles.format(amount);
}
