import type { ReactNode } from 'react';
import { FlocktoryLoader } from '@flocktory-ssr/next/app';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <FlocktoryLoader siteId="42" src="/flocktory-stub/loader.js" nonce="auto" />
        {children}
      </body>
    </html>
  );
}
