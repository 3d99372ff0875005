/**
 * `pnpm --filter ./bench test` part: the shop-weight page's fixture is deterministic, and the Express
 * page rendered in it (express-server.js --shop-weight, with us) weighs about the HTTP Archive's
 * median desktop HTML, 18 KB gzip-compressed (shop-chrome.js). Exits non-zero on a failure.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { startServer, stopServer } from './servers.js';
import { SHOP_CHROME_SEED, shopChrome } from './shop-chrome.js';

const GZIP_RANGE = [16_000, 20_000];
const failures = [];
const check = (ok, message) => ok || failures.push(message);

const json = (seed) => JSON.stringify(shopChrome(seed));
check(json() === json(SHOP_CHROME_SEED), 'shopChrome() must be shopChrome(SHOP_CHROME_SEED)');
const seven = json(7);
check(seven === json(7), 'shopChrome(7) must give the same data twice');
check(seven !== json(8), 'another seed must give other data');
const chrome = shopChrome();
check(chrome.menu.length === 8 && chrome.menu.every((category) => category.links.length === 12), 'the menu: 8 categories of 12 links');
check(chrome.recommendations.length === 12, '12 recommended products');
check(
  chrome.footer.columns.length === 4 && chrome.footer.columns.every((column) => column.links.length === 10),
  'the footer: 4 columns of 10 links',
);

const server = await startServer({
  label: 'express',
  args: [fileURLToPath(new URL('./express-server.js', import.meta.url)), '--shop-weight'],
});
try {
  const html = await (await fetch(server.url)).text();
  const gzip = gzipSync(html).length;
  const raw = Buffer.byteLength(html);
  console.log(`Express shop-weight page: ${raw} B raw, ${gzip} B gzip`);
  check(html.includes(chrome.menu[0].links[0].title) && html.includes(chrome.footer.copyright), 'the page must carry the chrome');
  check(/<script[^>]*data-flocktory/.test(html), 'the page must carry our scripts');
  check(gzip >= GZIP_RANGE[0] && gzip <= GZIP_RANGE[1], `the page must weigh ${GZIP_RANGE.join('-')} B gzip, not ${gzip} B`);
} finally {
  stopServer(server);
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL ${failure}`);
  process.exit(1);
}
console.log('shop-weight page fixture: ok');
