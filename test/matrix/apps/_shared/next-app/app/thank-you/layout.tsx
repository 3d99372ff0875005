import type { ReactNode } from 'react';
import { FlocktoryLoader } from '@flocktory-ssr/next/app';

export default function ThankYouLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <FlocktoryLoader siteId="42" src="/flocktory-stub/loader.js" nonce="auto" />
      {children}
    </>
  );
}
