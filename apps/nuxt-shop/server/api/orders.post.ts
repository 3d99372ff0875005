import { normalizePostcheckout } from '@flocktory-ssr/core';

import { findProduct } from '../../lib/catalog';

interface OrderRequest {
  name?: unknown;
  email?: unknown;
  items?: unknown;
}

/** Places an order from the checkout form; prices come from the catalog, never from the client. */
export default defineEventHandler(async (event) => {
  const body = ((await readBody<OrderRequest>(event).catch(() => ({}))) ?? {}) as OrderRequest;
  const lines = Array.isArray(body.items) ? body.items : [];
  const items = [];
  for (const line of lines as Array<{ id?: unknown; count?: unknown }>) {
    const product = typeof line?.id === 'string' ? findProduct(line.id) : undefined;
    const count = Number(line?.count);
    if (!product || !Number.isSafeInteger(count) || count < 1) throw createError({ statusCode: 400, statusMessage: 'bad item' });
    items.push({ id: product.id, title: product.title, price: product.price, count });
  }
  const price = items.reduce((sum, item) => sum + item.price * item.count, 0);
  const user = { name: String(body.name ?? ''), email: String(body.email ?? '') };
  // The same rules the thank-you page applies: reject now rather than lose the order there.
  const fatal = normalizePostcheckout({ user, order: { id: 'check', price, items } }).issues.filter((issue) => issue.fatal);
  if (fatal.length > 0) throw createError({ statusCode: 400, statusMessage: 'invalid order', data: { issues: fatal } });
  setResponseStatus(event, 201);
  return { id: saveOrder({ user, order: { price, items } }) };
});
