import express from 'express';

/**
 * Pages broken ON PURPOSE, for flocktory-doctor's end-to-end test: hand-written Flocktory markup
 * with the mistakes shops make. Never copy from them; every other page renders through
 * @flocktory-ssr/html.
 */
export function brokenRoutes() {
  const router = express.Router();
  router.get('/broken/marker', (_req, res) => void res.render('broken-marker', { title: 'Broken on purpose: markers' }));
  router.get('/broken/cart-script', (_req, res) => void res.render('broken-cart-script', { title: 'Broken on purpose: cart script' }));
  return router;
}
