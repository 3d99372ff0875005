import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findCategory, findProduct } from '../../../lib/catalog';
import { AddToCartButton } from '../../_shop/add-to-cart-button';

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const product = findProduct(decodeURIComponent((await params).id));
  if (!product) notFound();
  const category = findCategory(product.categoryId);
  return (
    <main>
      <h1>{product.title}</h1>
      <p>
        {product.brand} · {product.price} ₽{category && <> · <Link href={`/category/${category.id}`}>{category.title}</Link></>}
      </p>
      <AddToCartButton product={product} />
      <p>
        <Link href="/cart">Go to cart</Link>
      </p>
    </main>
  );
}
