import { Suspense } from 'react';
import Link from 'next/link';
import { PerRequest } from './per-request';
import { ReadyMarker } from './ready-marker';

export default function Home() {
  return (
    <main>
      <h1>Shop</h1>
      <Link id="thank-you-link" href="/thank-you/M-1001">
        Your order
      </Link>
      <ReadyMarker />
      {/* No loader on this page (it would have read the request): the thank-you layout has it. */}
      <Suspense fallback={null}>
        <PerRequest />
      </Suspense>
    </main>
  );
}
