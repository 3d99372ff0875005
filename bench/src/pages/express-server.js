/**
 * The express-shop app with one order, served on 127.0.0.1 for the page benchmark (started by
 * servers.js with an IPC channel). `without`: every render gets helpers that render nothing in
 * place of ours (a space for the postcheckout, which keeps the view's "not sent" notice hidden),
 * so the two pages differ by what we render only (the two scripts and the Exchange marker).
 */
import { createApp } from '../../../apps/express-shop/src/app.js';
import { OrderStore } from '../../../apps/express-shop/src/orders.js';

// Like the Next.js and Nuxt shops' demo order: two items, one of them an XSS probe.
const FORM = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '', quantities: { 'sku-0666': 1, 'sku-1002': 1 } };

const orders = new OrderStore();
const order = orders.place(FORM);
const app = createApp({ orders, loader: 'stub', mode: 'safe' });
if (process.argv[2] === 'without') {
  const render = app.render.bind(app);
  const none = () => '';
  const nothing = {
    loader: none,
    postcheckout: () => ' ',
    user: none,
    categoryView: none,
    itemView: none,
    exchange: none,
    updateCart: none,
  };
  app.render = (name, options, callback) => render(name, { ...options, flocktory: nothing }, callback);
}
const server = app.listen(0, '127.0.0.1', () => {
  process.send({ ready: `http://127.0.0.1:${server.address().port}/thank-you/${encodeURIComponent(order.id)}` });
});
