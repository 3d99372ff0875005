import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FlocktoryItemView } from '@flocktory-ssr/next/app';
import { fromGa4ViewItem } from '@flocktory-ssr/core/mappers';
import { findCategory, findProduct, productsIn } from '../../../lib/catalog';
import { CURRENCY, ga4Item } from '../../../lib/ga4';
import { currentIntegration } from '../../../lib/request-state';
import { AddToCartButton } from '../../_shop/add-to-cart-button';
import { Ga4Event } from '../../_shop/ga4-event';

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const product = findProduct(decodeURIComponent((await params).id));
  if (!product) notFound();
  const category = findCategory(product.categoryId);
  // The shop's analytics event for this product; the GA4-only integration maps Flocktory's marker from it.
  const viewItem = { currency: CURRENCY, value: product.price, items: [ga4Item(product, 1)] };
  const view =
    (await currentIntegration()) === 'ga4'
      ? fromGa4ViewItem(viewItem)
      : { id: product.id, categoryId: product.categoryId, vendor: product.brand };
  return (
    <main>
      <h1>{product.title}</h1>
      {/* GA4 has no availability: the shop adds it next to the mapped fields. */}
      <FlocktoryItemView {...view} available={product.available} />
      <Ga4Event key={product.id} event="view_item" ecommerce={viewItem} />
      <p>
        {product.brand} · {product.price} ₽
        {category && (
          <>
            {' '}
            · <Link href={`/category/${category.id}`}>{category.title}</Link>
          </>
        )}
      </p>
      <AddToCartButton key={product.id} product={product} />
      <p>
        <Link href="/cart">Go to cart</Link>
      </p>
      <h2>Also in {category?.title}</h2>
      <ul>
        {productsIn(product.categoryId)
          .filter((other) => other.id !== product.id)
          .map((other) => (
            <li key={other.id}>
              <Link href={`/product/${other.id}`}>{other.title}</Link>
            </li>
          ))}
      </ul>
    </main>
  );
}
