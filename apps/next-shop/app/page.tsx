import Link from 'next/link';
import { CATALOG } from '../lib/catalog';
import { DEMO_ORDER_ID } from '../lib/orders';

export default function Home() {
  return (
    <main>
      <h1>Products</h1>
      <ul>
        {CATALOG.map((product) => (
          <li key={product.id}>
            {product.title}: {product.price}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/checkout">Go to checkout</Link> · <a href={`/thank-you/${DEMO_ORDER_ID}`}>Demo thank-you page</a>
      </p>
    </main>
  );
}
