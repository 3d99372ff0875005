/**
 * A minimal single-page shop, served by Playwright's request routing (no server), for testing the
 * shopper walk's `client` mode before a real SPA shop uses it. Links are handled by a router
 * (pushState, render, then `flocktory.reInit()`, never on the first render); cart buttons push
 * the cart events; the signed-in cart page pushes the whole cart; checkout pushes postcheckout.
 * `faults` switch on the mistakes the walk must catch.
 */
import type { Page } from 'playwright-core';

import { loaderStubSource } from '@flocktory-ssr/loader-stub';

export const FAKE_SPA_ORIGIN = 'http://spa-shop.invalid';

export interface FakeSpaFaults {
  /** Calls reInit twice per navigation. */
  doubleReInit?: boolean;
  /** Never calls reInit (the markers of later pages never reach Flocktory). */
  noReInit?: boolean;
}

const app = (faults: FakeSpaFaults) => `
const faults = ${JSON.stringify(faults)};
const products = {
  'sku-1': { price: 10, categoryId: 'c1' },
  'sku-2': { price: 25.5, categoryId: 'c1' },
};
const cart = new Map();
let user = null;
const push = (command) => (window.flocktory = window.flocktory || []).push(command);
const element = (tag, attributes = {}, text = '') => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
};
const marker = (attributes) => element('div', { class: 'i-flocktory', ...attributes });

function render(path) {
  const main = document.querySelector('main');
  main.replaceChildren();
  if (user) main.append(marker({ 'data-fl-user-email': user.email, 'data-fl-user-name': user.name }));
  const [, kind, id] = path.split('/');
  if (kind === 'category') main.append(marker({ 'data-fl-action': 'track-category-view', 'data-fl-category-id': id }));
  if (kind === 'product') {
    main.append(marker({ 'data-fl-action': 'track-item-view', 'data-fl-item-id': id }), element('button', { class: 'add', 'data-id': id }, 'Add'));
  }
  if (kind === 'cart') {
    for (const [lineId, count] of cart) {
      const line = element('div', { class: 'line', 'data-id': lineId }, lineId + ' ×' + count);
      for (const change of ['increment', 'decrement', 'remove']) line.append(element('button', { class: change, 'data-id': lineId }, change));
      main.append(line);
    }
    if (user) push(['updateCart', { cart: { items: [...cart].map(([lineId, count]) => ({ id: lineId, price: products[lineId].price, count })) } }]);
  }
  if (kind === 'sign-in') {
    const form = element('form', { class: 'sign-in' });
    form.append(element('input', { name: 'email' }), element('input', { name: 'name' }), element('button', { type: 'submit' }, 'Sign in'));
    main.append(form);
  }
  if (kind === 'checkout') {
    const form = element('form', { class: 'checkout' });
    form.append(element('button', { type: 'submit' }, 'Order'));
    main.append(form);
  }
  if (kind === 'thank-you') main.append(marker({ 'data-fl-action': 'exchange', 'data-fl-user-email': user.email }));
}

function navigate(path) {
  history.pushState({}, '', path);
  render(path);
  if (faults.noReInit || !window.flocktory || typeof window.flocktory.reInit !== 'function') return;
  window.flocktory.reInit();
  if (faults.doubleReInit) window.flocktory.reInit();
}

function change(id, delta) {
  const before = cart.get(id) || 0;
  const after = delta === 'remove' ? 0 : before + delta;
  if (after > 0) cart.set(id, after);
  else cart.delete(id);
  if (after > before) push(['addToCart', { item: { id, price: products[id].price, count: after - before } }]);
  else push(['removeFromCart', { item: { id, count: before - after } }]);
  if (location.pathname === '/cart') render('/cart');
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a');
  if (link) {
    event.preventDefault();
    navigate(link.getAttribute('href'));
    return;
  }
  const button = event.target.closest('button[data-id]');
  if (!button) return;
  const id = button.dataset.id;
  change(id, button.classList.contains('add') || button.classList.contains('increment') ? 1 : button.classList.contains('decrement') ? -1 : 'remove');
});

document.addEventListener('submit', (event) => {
  event.preventDefault();
  if (event.target.classList.contains('sign-in')) {
    user = { email: event.target.email.value, name: event.target.name.value };
    navigate('/cart');
  } else {
    const items = [...cart].map(([id, count]) => ({ id, price: products[id].price, count }));
    const price = items.reduce((sum, item) => sum + item.price * item.count, 0);
    cart.clear();
    navigate('/thank-you/ORDER-1');
    push(['postcheckout', { user: { email: user.email, name: user.name }, order: { id: 'ORDER-1', price, items } }]);
  }
});

render(location.pathname);
`;

const shell = (faults: FakeSpaFaults) => `<!doctype html><html><head>
<script async src="/loader.js?site_id=1"></script>
</head><body>
<nav>${['/category/c1', '/product/sku-1', '/product/sku-2', '/cart', '/sign-in', '/checkout'].map((path) => `<a href="${path}">${path}</a>`).join(' ')}</nav>
<main></main>
<script>${app(faults)}</script>
</body></html>`;

/** Serves the fake shop at FAKE_SPA_ORIGIN for this page: every path gets the app shell. */
export async function routeFakeSpa(page: Page, faults: FakeSpaFaults = {}): Promise<void> {
  await page.route(`${FAKE_SPA_ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/loader.js') return route.fulfill({ contentType: 'text/javascript', body: loaderStubSource });
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: shell(faults) });
  });
}
