import { cookies } from 'next/headers';
import { normalizePostcheckout } from '@flocktory-ssr/core';
import { fromGa4Purchase } from '@flocktory-ssr/core/mappers';
import { findProduct } from '../../../lib/catalog';
import { CART_COOKIE } from '../../../lib/cart';
import { ga4Item, ga4Purchase, type Ga4Item } from '../../../lib/ga4';
import { saveOrder } from '../../../lib/orders';

interface OrderRequest {
  name?: unknown;
  email?: unknown;
  items?: unknown;
}

/** Places an order from the checkout form; prices come from the catalog, never from the client. */
export async function POST(request: Request): Promise<Response> {
  const body = (await request.json().catch(() => ({}))) as OrderRequest;
  const lines = Array.isArray(body.items) ? body.items : [];
  const items: Ga4Item[] = [];
  for (const line of lines as Array<{ id?: unknown; count?: unknown }>) {
    const product = typeof line?.id === 'string' ? findProduct(line.id) : undefined;
    const count = Number(line?.count);
    if (!product || !Number.isSafeInteger(count) || count < 1) return Response.json({ error: 'bad item' }, { status: 400 });
    items.push(ga4Item(product, count));
  }
  const buyer = { name: String(body.name ?? ''), email: String(body.email ?? '') };
  // The same mapping and rules the thank-you page applies: reject now rather than lose the order there.
  const mapped = fromGa4Purchase(ga4Purchase('check', items), buyer, { mode: 'safe', onError: () => {} });
  const fatal = normalizePostcheckout(mapped).issues.filter((issue) => issue.fatal);
  if (fatal.length > 0) return Response.json({ error: 'invalid order', issues: fatal }, { status: 400 });
  const id = saveOrder(buyer, items);
  // The cart became this order.
  (await cookies()).delete(CART_COOKIE);
  return Response.json({ id }, { status: 201 });
}
