import type { ReactNode } from 'react';
import Link from 'next/link';
import { FlocktoryLoader, FlocktoryPageView, FlocktoryUser } from '@flocktory-ssr/next/app';
import { loaderConfig } from '../lib/flocktory-config';
import { currentIntegration, currentShopper } from '../lib/request-state';
import { CATEGORIES } from '../lib/catalog';
import { IntegrationProvider } from './_shop/integration';
import { DataLayerBridge } from './data-layer-bridge';

export const metadata = { title: 'Next shop · Flocktory SSR demo' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const loader = loaderConfig();
  const [shopper, integration] = await Promise.all([currentShopper(), currentIntegration()]);
  return (
    <html lang="en">
      <body>
        {/* nonce="auto": the CSP nonce of this request, as Next.js uses for its own scripts. */}
        <FlocktoryLoader siteId={loader.siteId} src={loader.src} nonce="auto" />
        {/* The signed-in shopper on every page (nothing for an anonymous visitor). */}
        <FlocktoryUser user={shopper && (shopper.name ? shopper : { email: shopper.email })} />
        {/* After each client-side navigation: Flocktory's loader re-reads the new page's markers. */}
        <FlocktoryPageView />
        {integration === 'ga4' && <DataLayerBridge />}
        <header>
          <Link href="/">Next shop</Link>
          {CATEGORIES.map((category) => (
            <span key={category.id}>
              {' · '}
              <Link href={`/category/${category.id}`}>{category.title}</Link>
            </span>
          ))}
          {' · '}
          <Link href="/cart">Cart</Link> · <Link href="/checkout">Checkout</Link> ·{' '}
          {shopper ? <span data-signed-in>Signed in as {shopper.name || shopper.email}</span> : <Link href="/sign-in">Sign in</Link>}
        </header>
        <IntegrationProvider integration={integration}>{children}</IntegrationProvider>
      </body>
    </html>
  );
}
