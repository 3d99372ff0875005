import { products } from './catalog.js';

/** Form field name of a product's quantity input. */
export const quantityField = (/** @type {string} */ productId) => `qty-${productId}`;

const MAX_QUANTITY = 99;

/**
 * @typedef {object} CheckoutForm
 * @property {string} name
 * @property {string} email
 * @property {string} phone
 * @property {Record<string, number>} quantities  product id → count
 */

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' ? value : '');

/**
 * Reads the posted form. Text fields are taken as typed (they accept anything, on purpose:
 * the Flocktory library has to cope); quantities become whole numbers 0–99.
 * @param {Record<string, unknown>} body
 * @returns {CheckoutForm}
 */
export function readCheckoutForm(body) {
  /** @type {Record<string, number>} */
  const quantities = {};
  for (const product of products) {
    const count = Number.parseInt(text(body[quantityField(product.id)]), 10);
    quantities[product.id] = Number.isFinite(count) ? Math.min(Math.max(count, 0), MAX_QUANTITY) : 0;
  }
  return { name: text(body.name), email: text(body.email), phone: text(body.phone), quantities };
}

/** @param {CheckoutForm} form @returns {string[]} what the shop itself requires */
export function checkoutProblems(form) {
  const problems = [];
  if (!Object.values(form.quantities).some((count) => count > 0)) problems.push('Choose at least one product.');
  if (!form.email.trim() && !form.phone.trim()) problems.push('Enter an email or a phone number.');
  return problems;
}

/** Prefilled forms, `/?preset=NAME`, for demos. */
export const presets = Object.freeze(
  /** @satisfies {Record<string, CheckoutForm>} */ ({
    hostile: {
      name: '</script><script>alert("name")</script> <!-- Иван «Хакер» \u2028\u2029',
      // A valid address that ends a hand-written snippet's single-quoted string (the name and a
      // product title carry `</script>`; an address with `<` is refused as malformed).
      email: "x'-alert`1`-'${alert`2`}{{7*7}}@example.com",
      phone: '',
      quantities: { 'sku-0666': 2, 'sku-1004': 1 },
    },
    'phone-only': {
      name: 'Мария Петрова',
      email: '',
      phone: '+7 (999) 888-77-66',
      quantities: { 'sku-1001': 1 },
    },
    invalid: {
      name: 'Email typo',
      email: 'not-an-email',
      phone: '',
      quantities: { 'sku-1002': 1 },
    },
  }),
);

/**
 * The preset called `name`, if there is one (own keys only: `?preset=__proto__` is no preset).
 * @param {unknown} name
 * @returns {CheckoutForm | undefined}
 */
export function findPreset(name) {
  return typeof name === 'string' && Object.hasOwn(presets, name) ? presets[/** @type {keyof typeof presets} */ (name)] : undefined;
}

/** @returns {CheckoutForm} */
export function emptyForm() {
  return { name: '', email: '', phone: '', quantities: {} };
}

/**
 * The checkout form for the visitor's cart, with the signed-in user's name and e-mail.
 * @param {Map<string, number>} cart
 * @param {{ email: string, name: string } | null} user
 * @returns {CheckoutForm}
 */
export function formFromCart(cart, user) {
  return { name: user?.name ?? '', email: user?.email ?? '', phone: '', quantities: Object.fromEntries(cart) };
}
