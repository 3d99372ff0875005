/** One order, for the thank-you page (server-side during SSR, fetched on client navigation). */
export default defineEventHandler((event) => {
  const order = findOrder(getRouterParam(event, 'id') ?? '');
  if (!order) throw createError({ statusCode: 404, statusMessage: 'no such order' });
  return order;
});
