import type { ReactNode } from 'react';
import Link from 'next/link';
import { FlocktoryLoader } from '@flocktory-ssr/next/app';
import { loaderConfig } from '../lib/flocktory-config';

export const metadata = { title: 'Next shop · Flocktory SSR demo' };

export default function RootLayout({ children }: { children: ReactNode }) {
  const loader = loaderConfig();
  return (
    <html lang="en">
      <body>
        {/* nonce="auto": the CSP nonce of this request, as Next.js uses for its own scripts. */}
        <FlocktoryLoader siteId={loader.siteId} src={loader.src} nonce="auto" />
        <header>
          <Link href="/">Next shop</Link> · <Link href="/checkout">Checkout</Link>
        </header>
        {children}
      </body>
    </html>
  );
}
