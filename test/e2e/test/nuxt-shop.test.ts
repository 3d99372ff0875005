/** nuxt-shop (production build, nuxt-security's nonce CSP) in Debian's Chromium. */
import { spaShopSuite } from '../src/spa-shop-suite';
import { startNuxtShop } from '../src/servers';

spaShopSuite({ name: 'nuxt-shop', start: startNuxtShop, acceptsHostileUserInput: false, streams: false, bundles: /\/_nuxt\/.*\.js(\?|$)/ });
