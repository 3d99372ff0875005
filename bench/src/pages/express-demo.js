/**
 * The express-shop app and its one order, for the page benchmark's Express server and breakdown:
 * like the Next.js and Nuxt shops' demo order, two items, one of them an XSS probe.
 */
import { createApp } from '../../../apps/express-shop/src/app.js';
import { OrderStore } from '../../../apps/express-shop/src/orders.js';

const FORM = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '', quantities: { 'sku-0666': 1, 'sku-1002': 1 } };

/** The order store with the demo order placed, the thank-you page's path, and `app(options)` serving them. */
export function expressDemo() {
  const orders = new OrderStore();
  const order = orders.place(FORM);
  return {
    path: `/thank-you/${encodeURIComponent(order.id)}`,
    /** The shop as it is (`{}`), or with `flocktoryStandIn` in place of our middleware. */
    app: (options = {}) => createApp({ orders, loader: 'stub', mode: 'safe', ...options }),
  };
}
