import express from 'express';
import { categories, findCategory, findProduct, formatPrice, productsIn } from './catalog.js';

/** Category pages (the category marker) and product pages (the item marker, add-to-cart). */
export function catalogRoutes() {
  const router = express.Router();

  router.get('/category/:categoryId', (req, res, next) => {
    const category = findCategory(req.params.categoryId);
    if (!category) return next();
    res.render('category', { title: category.title, category, categories, products: productsIn(category.id), formatPrice });
  });

  router.get('/product/:productId', (req, res, next) => {
    const product = findProduct(req.params.productId);
    if (!product) return next();
    res.locals.clientScript = true;
    res.render('product', { title: product.title, product, category: findCategory(product.categoryId), formatPrice });
  });

  return router;
}
