import Link from 'next/link';
import { CATALOG, CATEGORIES } from '../lib/catalog';
import { DEMO_ORDER_ID } from '../lib/orders';
import { currentIntegration } from '../lib/request-state';

export default async function Home() {
  const integration = await currentIntegration();
  return (
    <main>
      <h1>Products</h1>
      <ul>
        {CATALOG.map((product) => (
          <li key={product.id}>
            <Link href={`/product/${product.id}`}>{product.title}</Link>: {product.price}
          </li>
        ))}
      </ul>
      <p>
        Categories:{' '}
        {CATEGORIES.map((category) => (
          <Link key={category.id} href={`/category/${category.id}`}>
            {category.title}
          </Link>
        ))}
      </p>
      <p>
        <Link href="/checkout">Go to checkout</Link> · <a href={`/thank-you/${DEMO_ORDER_ID}`}>Demo thank-you page</a>
      </p>
      <p>
        Cart events reach Flocktory{' '}
        {integration === 'ga4' ? (
          <>
            through the GA4 dataLayer bridge (<a href="/integration/flocktory">use the shop&apos;s own calls</a>)
          </>
        ) : (
          <>
            through the shop&apos;s own calls (<a href="/integration/ga4">use the GA4 dataLayer bridge</a>)
          </>
        )}
        .
      </p>
    </main>
  );
}
