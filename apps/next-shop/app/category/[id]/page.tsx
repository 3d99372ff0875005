import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findCategory, productsIn } from '../../../lib/catalog';

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const category = findCategory(decodeURIComponent((await params).id));
  if (!category) notFound();
  return (
    <main>
      <h1>{category.title}</h1>
      <ul>
        {productsIn(category.id).map((product) => (
          <li key={product.id}>
            <Link href={`/product/${product.id}`}>{product.title}</Link>: {product.price}
          </li>
        ))}
      </ul>
    </main>
  );
}
