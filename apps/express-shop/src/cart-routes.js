import express from 'express';
import { findProduct, formatPrice } from './catalog.js';
import { cartLines, cartTotal, cartUnits, changeCart, readCart, writeCart } from './cart.js';

const CHANGES = new Set(['add', 'increment', 'decrement', 'remove']);

/**
 * The cart page and its one command, `POST /cart` (`id`, `change` = add | increment | decrement |
 * remove). Without JavaScript the forms post and come back here (303); the shop's client script
 * (public/cart.js) posts with `Accept: application/json`, sends the cart event to Flocktory from
 * the answer, and updates the page in place.
 */
export function cartRoutes() {
  const router = express.Router();

  router.get('/cart', (req, res) => {
    const lines = cartLines(readCart(req));
    res.locals.clientScript = true;
    // Flocktory's updateCart (the whole cart) for a signed-in visitor only: it is tied to their profile.
    const flocktoryCart = res.locals.user
      ? lines.map((line) => ({ id: line.product.id, price: line.product.price, count: line.count }))
      : null;
    res.render('cart', { title: 'Корзина', lines, total: cartTotal(lines), flocktoryCart, formatPrice });
  });

  router.post('/cart', express.urlencoded({ extended: false }), (req, res) => {
    const id = typeof req.body?.id === 'string' ? req.body.id : '';
    const change = typeof req.body?.change === 'string' ? req.body.change : '';
    const product = findProduct(id);
    if (!product || !CHANGES.has(change)) return void res.status(400).json({ error: 'unknown product or change' });
    const cart = readCart(req);
    const before = cart.get(id) ?? 0;
    const after = changeCart(cart, id, /** @type {'add' | 'increment' | 'decrement' | 'remove'} */ (change));
    writeCart(res, cart);
    if (req.accepts(['html', 'json']) !== 'json')
      return void res.redirect(303, change === 'add' ? `/product/${encodeURIComponent(id)}` : '/cart');
    const lines = cartLines(cart);
    res.json({
      product: { id: product.id, price: product.price, categoryId: product.categoryId, vendor: product.vendor },
      before,
      after,
      units: cartUnits(cart),
      total: formatPrice(cartTotal(lines)),
      lineTotal: formatPrice(Math.round(product.price * after * 100) / 100),
    });
  });

  return router;
}
