import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { FlocktoryPostcheckout, type AppPostcheckoutProps } from '@flocktory-ssr/next/app';
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { findOrder } from '../../../lib/orders';
import { ServerOrClientText } from '../server-or-client-text';

/**
 * The thank-you page under attack, for the browser tests (test/e2e): one stored order, rendered
 * the way a query parameter asks.
 * - `id=…`: the order id replaced by any text (`<script`, quotes…);
 * - `twice=same|other`: a second component for the same order id, with the same or other data;
 * - `clobber`: an element with id "flocktory" before the snippet (window.flocktory is that element);
 * - `spread`: props beyond the component's own spread onto it, as `{...purchase}` does;
 * - `late`: the snippet in a Suspense boundary that streams in 1.5 s later, with a hydration
 *   mismatch inside it (React then renders that boundary on the client), and another order's
 *   snippet in the shell (so the client module is loaded before the late chunk arrives).
 */
type Search = Record<string, string | string[] | undefined>;

const EXTRA_PROPS = {
  dangerouslySetInnerHTML: { __html: 'window.__injected = "innerHTML"' },
  children: 'window.__injected = "children"',
  src: '/injected.js',
  onerror: 'window.__injected = "onerror"',
  type: 'text/x-injected',
  className: 'injected',
  id: 'injected',
};

async function Later({ children }: { children: React.ReactNode }) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return children;
}

export default async function EdgeCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<Search>;
}) {
  const { orderId } = await params;
  const search = await searchParams;
  const stored = findOrder(decodeURIComponent(orderId));
  if (!stored) notFound();
  const id = typeof search.id === 'string' ? search.id : stored.order.id;
  const purchase: PostcheckoutInput = { ...stored, order: { ...stored.order, id } };
  const snippet =
    'spread' in search ? (
      <FlocktoryPostcheckout {...({ ...purchase, ...EXTRA_PROPS } as AppPostcheckoutProps)} nonce="auto" />
    ) : (
      <FlocktoryPostcheckout {...purchase} nonce="auto" />
    );
  const other = { ...purchase, order: { ...purchase.order, price: Number(purchase.order.price) + 1 } };
  return (
    <main>
      <h1>Thank you!</h1>
      {'clobber' in search && <div id="flocktory" />}
      {'late' in search ? (
        <>
          <FlocktoryPostcheckout {...purchase} order={{ ...purchase.order, id: `${id}-shell` }} nonce="auto" />
          <Suspense fallback={<p>Loading…</p>}>
            <Later>
              <ServerOrClientText />
              {snippet}
            </Later>
          </Suspense>
        </>
      ) : (
        snippet
      )}
      {search.twice === 'same' && <FlocktoryPostcheckout {...purchase} nonce="auto" />}
      {search.twice === 'other' && <FlocktoryPostcheckout {...other} nonce="auto" />}
    </main>
  );
}
