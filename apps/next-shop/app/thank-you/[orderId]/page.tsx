import { notFound } from 'next/navigation';
import { FlocktoryPostcheckout } from '@flocktory-ssr/next/app';
import { findOrder } from '../../../lib/orders';

/**
 * A Server Component: the order is read and validated on the server; the page ships no client
 * code of its own, only the package's tiny effect. Works on client-side navigation (from the
 * checkout), direct load and reload: each page view sends the order to Flocktory once.
 */
export default async function ThankYouPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const input = findOrder(decodeURIComponent(orderId));
  if (!input) notFound();
  return (
    <main>
      <h1>Thank you, {input.user.name}!</h1>
      <p>
        Order <strong>{String(input.order.id)}</strong> is confirmed.
      </p>
      <FlocktoryPostcheckout user={input.user} order={input.order} nonce="auto" />
    </main>
  );
}
