import { normalizePostcheckout } from '@flocktory-ssr/core';
import { findProduct } from '../../../lib/catalog';
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
  const items = [];
  for (const line of lines as Array<{ id?: unknown; count?: unknown }>) {
    const product = typeof line?.id === 'string' ? findProduct(line.id) : undefined;
    const count = Number(line?.count);
    if (!product || !Number.isSafeInteger(count) || count < 1) return Response.json({ error: 'bad item' }, { status: 400 });
    items.push({ id: product.id, title: product.title, price: product.price, count });
  }
  const price = items.reduce((sum, item) => sum + item.price * item.count, 0);
  const user = { name: String(body.name ?? ''), email: String(body.email ?? '') };
  // The same rules the thank-you page applies: reject now rather than lose the order there.
  const fatal = normalizePostcheckout({ user, order: { id: 'check', price, items } }).issues.filter((issue) => issue.fatal);
  if (fatal.length > 0) return Response.json({ error: 'invalid order', issues: fatal }, { status: 400 });
  const id = saveOrder({ user, order: { price, items } });
  return Response.json({ id }, { status: 201 });
}
