import express from 'express';
import { readCart, writeCart } from './cart.js';
import { categories, formatPrice, products } from './catalog.js';
import { checkoutProblems, emptyForm, findPreset, formFromCart, presets, quantityField, readCheckoutForm } from './checkout-form.js';
import { toPurchase } from './orders.js';

/**
 * The shop's pages: catalog + checkout form, checkout of the cart, order placement, thank-you page.
 * @param {import('./orders.js').OrderStore} orders
 */
export function shopRoutes(orders) {
  const router = express.Router();
  const viewHelpers = { products, categories, formatPrice, quantityField, presetNames: Object.keys(presets) };

  router.get('/', (req, res) => {
    res.render('index', { ...viewHelpers, form: findPreset(req.query.preset) ?? emptyForm(), problems: [] });
  });

  // The same form, filled from the cart and the signed-in user.
  router.get('/checkout', (req, res) => {
    res.render('index', { ...viewHelpers, form: formFromCart(readCart(req), res.locals.user), problems: [] });
  });

  router.post('/checkout', express.urlencoded({ extended: false }), (req, res) => {
    const form = readCheckoutForm(req.body ?? {});
    const problems = checkoutProblems(form);
    if (problems.length > 0) return void res.status(422).render('index', { ...viewHelpers, form, problems });
    const order = orders.place(form);
    // The cart was bought.
    writeCart(res, new Map());
    // 303: the browser GETs the thank-you page, so a reload never re-posts the order.
    res.redirect(303, `/thank-you/${encodeURIComponent(order.id)}`);
  });

  router.get('/thank-you/:orderId', (req, res, next) => {
    const order = orders.get(req.params.orderId);
    if (!order) return next();
    const purchase = toPurchase(order);
    // The Exchange banner next to the postcheckout, for the buyer.
    res.render('thank-you', { order, purchase, exchange: { user: purchase.user, spot: 'thank-you' }, formatPrice });
  });

  // The thank-you page under attack, for the browser tests: `?id=…` replaces the order id by any
  // text (`<script`, quotes…); `?twice=same|other` renders a second snippet for the same order id,
  // with the same or other data; `?clobber` puts elements named "flocktory" before the snippet.
  router.get('/edge-cases/:orderId', (req, res, next) => {
    const order = orders.get(req.params.orderId);
    if (!order) return next();
    const purchase = toPurchase(order);
    if (typeof req.query.id === 'string') purchase.order.id = req.query.id;
    const other = { ...purchase, order: { ...purchase.order, price: Number(purchase.order.price) + 1 } };
    const twice = req.query.twice === 'same' ? purchase : req.query.twice === 'other' ? other : null;
    res.render('edge-cases', { purchase, twice, clobber: 'clobber' in req.query });
  });

  return router;
}
