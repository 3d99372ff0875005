/** next-shop (App Router, production build) in Debian's Chromium. */
import { spaShopSuite } from '../src/spa-shop-suite';
import { startNextShop } from '../src/servers';

spaShopSuite({
  name: 'next-shop',
  start: startNextShop,
  acceptsHostileUserInput: true,
  streams: true,
  bundles: /\/_next\/static\/.*\.js(\?|$)/,
});
