import Link from 'next/link';
import { useEffect } from 'react';

export default function Home() {
  // Tells the test that client-side navigation is possible from here.
  useEffect(() => {
    document.documentElement.dataset.matrixReady = '';
  }, []);
  return (
    <main>
      <h1>Shop</h1>
      <Link id="thank-you-link" href="/thank-you/M-1001">
        Your order
      </Link>
    </main>
  );
}
