/**
 * The express-shop app and its one order, for the page benchmark's Express server, breakdown and A/B:
 * like the Next.js and Nuxt shops' demo order, two items, one of them an XSS probe.
 * With `shopWeight`, every app renders the same view in a real shop's chrome (shop-chrome.js):
 * the view's partials/head and partials/foot are swapped, through EJS's includer, for
 * shop-views/head.ejs and foot.ejs, which render the mega-menu, account bar, order summary,
 * recommendations and footer; the app itself is unchanged.
 */
import { fileURLToPath } from 'node:url';

import { createApp } from '../../../apps/express-shop/src/app.js';
import { OrderStore } from '../../../apps/express-shop/src/orders.js';
import { shopChrome } from './shop-chrome.js';

const SHOP_VIEWS = { 'partials/head': 'head.ejs', 'partials/foot': 'foot.ejs' };

const FORM = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '', quantities: { 'sku-0666': 1, 'sku-1002': 1 } };

/** The order store with the demo order placed, the thank-you page's path, and `app(options)` serving them. */
export function expressDemo({ shopWeight = false } = {}) {
  const orders = new OrderStore();
  const order = orders.place(FORM);
  const chrome = shopWeight ? shopChrome() : undefined;
  return {
    path: `/thank-you/${encodeURIComponent(order.id)}`,
    /** The shop as it is (`{}`), or with `flocktoryStandIn` in place of our middleware. */
    app: (options = {}) => {
      const app = createApp({ orders, loader: 'stub', mode: 'safe', ...options });
      if (chrome) {
        app.locals.shopChrome = chrome;
        // EJS reads `view options` from Express's settings; its includer picks each include's file.
        const includer = (path) =>
          path in SHOP_VIEWS ? { filename: fileURLToPath(new URL(`./shop-views/${SHOP_VIEWS[path]}`, import.meta.url)) } : undefined;
        app.set('view options', { includer });
      }
      return app;
    },
  };
}

/**
 * Serves `app` on 127.0.0.1 and requests `path` one request at a time: `warmup` times, then calls
 * `measure()` and requests it `measured` times more; the server is closed either way.
 */
export async function requestInTurn(app, path, { warmup, measured, measure }) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${server.address().port}${path}`;
  try {
    for (let i = 0; i < warmup; i++) await (await fetch(url)).text();
    measure();
    for (let i = 0; i < measured; i++) await (await fetch(url)).text();
  } finally {
    server.close();
  }
}
