import { cookies } from 'next/headers';
import { findProduct } from '../../../lib/catalog';
import { CART_COOKIE, changeCart, parseCart, serializeCart } from '../../../lib/cart';

/** Changes one line of the cart cookie: `{ id, delta }`, delta a whole number of units (negative removes). */
export async function POST(request: Request): Promise<Response> {
  const body = (await request.json().catch(() => ({}))) as { id?: unknown; delta?: unknown };
  const delta = Number(body.delta);
  if (typeof body.id !== 'string' || !findProduct(body.id) || !Number.isSafeInteger(delta) || delta === 0) {
    return Response.json({ error: 'bad cart change' }, { status: 400 });
  }
  const jar = await cookies();
  const cart = changeCart(parseCart(jar.get(CART_COOKIE)?.value), body.id, delta);
  jar.set(CART_COOKIE, serializeCart(cart), { path: '/', sameSite: 'lax', httpOnly: true });
  return Response.json({ cart });
}
