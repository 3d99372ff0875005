import { notFound } from 'next/navigation';
import { FlocktoryExchange, FlocktoryPostcheckout } from '@flocktory-ssr/next/app';
import { fromGa4Purchase } from '@flocktory-ssr/core/mappers';
import { findPurchase } from '../../../lib/orders';
import { Ga4Event } from '../../_shop/ga4-event';

/**
 * A Server Component. The shop describes the order only as the GA4 `purchase` it pushes to its
 * dataLayer; Flocktory's postcheckout input is mapped from that same object (fromGa4Purchase) plus
 * the buyer, whom GA4 does not carry. The dataLayer bridge never forwards the purchase: the
 * snippet sends it, once per page view, on client-side navigation (from the checkout), direct load
 * and reload.
 */
export default async function ThankYouPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const stored = findPurchase(decodeURIComponent(orderId));
  if (!stored) notFound();
  const { purchase, buyer } = stored;
  return (
    <main>
      <h1>Thank you, {buyer.name}!</h1>
      <p>
        Order <strong>{purchase.transaction_id}</strong> is confirmed.
      </p>
      <FlocktoryPostcheckout {...fromGa4Purchase(purchase, buyer)} nonce="auto" />
      <Ga4Event event="purchase" ecommerce={{ ...purchase }} />
      {/* Flocktory's Exchange banner appears here. */}
      <FlocktoryExchange user={buyer} spot="thank-you" />
    </main>
  );
}
