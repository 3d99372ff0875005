import type { Cart } from '../../lib/cart';

/** Asks the server to change the cart cookie; the new cart, or null when the change was refused. */
export async function changeCart(id: string, delta: number): Promise<Cart | null> {
  const response = await fetch('/api/cart', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, delta }),
  });
  return response.ok ? ((await response.json()) as { cart: Cart }).cart : null;
}
