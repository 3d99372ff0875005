import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FlocktoryCategoryView } from '@flocktory-ssr/next/app';
import { fromGa4ViewItemList } from '@flocktory-ssr/core/mappers';
import { findCategory, productsIn } from '../../../lib/catalog';
import { ga4Item } from '../../../lib/ga4';
import { currentIntegration } from '../../../lib/request-state';
import { Ga4Event } from '../../_shop/ga4-event';

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const category = findCategory(decodeURIComponent((await params).id));
  if (!category) notFound();
  const products = productsIn(category.id);
  // The shop's analytics event for this listing; the GA4-only integration maps Flocktory's marker from it.
  const list = { item_list_id: category.id, item_list_name: category.title, items: products.map((product) => ga4Item(product, 1)) };
  const view = (await currentIntegration()) === 'ga4' ? fromGa4ViewItemList(list) : { id: category.id };
  return (
    <main>
      <h1>{category.title}</h1>
      <FlocktoryCategoryView {...view} />
      <Ga4Event key={category.id} event="view_item_list" ecommerce={list} />
      <ul>
        {products.map((product) => (
          <li key={product.id}>
            <Link href={`/product/${product.id}`}>{product.title}</Link>: {product.price}
          </li>
        ))}
      </ul>
    </main>
  );
}
