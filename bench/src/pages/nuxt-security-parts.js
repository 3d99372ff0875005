/**
 * `pnpm --filter ./bench pages:nuxt-security`: why the Nuxt shop-weight page costs less with our
 * module than without it. nuxt-security rewrites every string part of the page to add its nonce
 * (`render:html`); our module first makes each of our body scripts a part of its own
 * (`splitOurScripts`), so the rewrite runs on a few smaller strings in place of one ~100,000-character
 * body. This times the rewrite on the Nuxt copy's shop-weight body (fetched without us) as one part,
 * as the parts our split would make of the body with us, and as three equal parts.
 */
import { splitOurScripts } from '../../../packages/nuxt/dist/runtime/server/split-our-scripts.js';
import { cpuNow, median } from '../measure.js';
import { BENCH_HEADER } from './app-copies.js';
import { nuxtServer } from './measure-pages.js';
import { startServer, stopServer } from './servers.js';

// nuxt-security 2.5.0's rewrite, as in its dist/runtime/nitro/plugins/40-cspSsrNonce.js (MIT);
// not exported by the package, so copied here to be timed alone.
const LINK_RE = /<link\b([^>]*?>)/gi;
const NONCE_RE = /nonce="[^"]+"/i;
const SCRIPT_RE = /<script\b([^>]*?>)/gi;
const STYLE_RE = /<style\b([^>]*?>)/gi;
const QUOTE_MASK_RE = /"([^"]*)"/g;
const QUOTE_RESTORE_RE = /__QUOTE_PLACEHOLDER_(\d+)__/g;
function injectNonceToTags(element, nonce) {
  const quotes = [];
  let masked = element.replace(QUOTE_MASK_RE, (match) => {
    quotes.push(match);
    return `__QUOTE_PLACEHOLDER_${quotes.length - 1}__`;
  });
  masked = masked.replace(LINK_RE, (match, rest) =>
    NONCE_RE.test(rest) ? match.replace(NONCE_RE, `nonce="${nonce}"`) : `<link nonce="${nonce}"${rest}`,
  );
  masked = masked.replace(SCRIPT_RE, (_, rest) => `<script nonce="${nonce}"${rest}`);
  masked = masked.replace(STYLE_RE, (_, rest) => `<style nonce="${nonce}"${rest}`);
  return masked.replace(QUOTE_RESTORE_RE, (_, index) => quotes[Number.parseInt(index, 10)]);
}

const ROUNDS = 15;
const CALLS = 40;

async function pageBody(url, headers) {
  const html = await (await fetch(url, { headers })).text();
  return html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
}

const server = await startServer(await nuxtServer(console.log, '/thank-you-shop/DEMO-1001'));
let withUs;
let withoutUs;
try {
  withUs = await pageBody(server.url, {});
  withoutUs = await pageBody(server.url, { [BENCH_HEADER]: 'without' });
} finally {
  stopServer(server);
}

const third = Math.ceil(withoutUs.length / 3);
const cases = {
  'body without us, one part': [withoutUs],
  'body with us, the parts our split makes': splitOurScripts([withUs]),
  'body without us, three equal parts': [0, 1, 2].map((index) => withoutUs.slice(index * third, (index + 1) * third)),
};
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let round = 0; round < ROUNDS + 2; round++) {
  for (const [name, parts] of Object.entries(cases)) {
    const start = cpuNow();
    for (let call = 0; call < CALLS; call++) parts.map((part) => injectNonceToTags(part, 'bench-nonce'));
    // The first two rounds warm up. CPU time, as in the rest of the bench (measure.js).
    if (round >= 2) times[name].push((cpuNow() - start) / 1000 / CALLS);
  }
}
for (const [name, parts] of Object.entries(cases)) {
  const lengths = parts.map((part) => part.length).join(' + ');
  console.log(`${name} (${lengths} characters): ${Math.round(median(times[name]))} µs (median of ${ROUNDS} rounds)`);
}
