/*
 * The shop's cart buttons (product page: add to cart; cart page: +, − and remove). The forms work
 * without JavaScript; with it, a click posts the same form to the server, and from its answer
 * (the count before and after) sends Flocktory the cart event: addToCart with the units added,
 * removeFromCart with the units removed, through @flocktory-ssr/core/client (it validates, never
 * throws into this handler, and reports problems to the console). Then it updates the page.
 */
import { addToCart, removeFromCart } from '/static/flocktory-ssr/core/client.js';

/** Sends the cart event for one answer of POST /cart. */
function tellFlocktory(answer) {
  const { product, before, after } = answer;
  if (after > before) {
    addToCart({ id: product.id, price: product.price, count: after - before, brand: product.vendor, categoryId: product.categoryId });
  } else if (after < before) {
    removeFromCart({ id: product.id, count: before - after });
  }
}

/** Shows the new counts and totals (textContent only: the answer is data, not markup). */
function updatePage(form, answer) {
  for (const units of document.querySelectorAll('.cart-units')) units.textContent = String(answer.units);
  const status = document.querySelector('.cart-status');
  if (status) status.textContent = `В корзине: ${answer.after}`;
  const line = form.closest('.cart-line');
  if (!line) return;
  if (answer.after === 0) line.remove();
  else {
    line.querySelector('.count').textContent = String(answer.after);
    line.querySelector('.line-total').textContent = answer.lineTotal;
  }
  const total = document.querySelector('.cart-total');
  if (total) total.textContent = answer.total;
}

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.classList.contains('cart-change')) return;
  event.preventDefault();
  const body = new URLSearchParams(new FormData(form, event.submitter));
  const buttons = form.querySelectorAll('button');
  // One change at a time per line: a double click must not post twice before the first answer.
  for (const button of buttons) button.disabled = true;
  try {
    const response = await fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`cart: HTTP ${response.status}`);
    const answer = await response.json();
    tellFlocktory(answer);
    updatePage(form, answer);
  } catch (error) {
    console.error(error);
  } finally {
    for (const button of buttons) button.disabled = false;
  }
});
