import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { FlocktoryPostcheckout } from '@flocktory-ssr/next/app';
import { orders } from '../../../lib/orders';

// Next 15+ passes a Promise; Next 14 the object itself (its generated types accept any), which `await` returns as is.
type Params = Promise<{ key: string }>;

// The order depends on the request: under `cacheComponents` that part streams inside <Suspense>.
export default function ThankYouPage({ params }: { params: Params }) {
  return (
    <Suspense fallback={null}>
      <ThankYou params={params} />
    </Suspense>
  );
}

async function ThankYou({ params }: { params: Params }) {
  const purchase = orders[(await params).key];
  if (!purchase) notFound();
  return (
    <main>
      <h1 id="thank-you-heading">Thank you, {purchase.user.name}!</h1>
      <FlocktoryPostcheckout user={purchase.user} order={purchase.order} nonce="auto" />
    </main>
  );
}
