import type { ReactNode } from 'react';

// No loader here: the thank-you pages' own layout renders it, so on client-side navigation from `/`
// it first mounts in the browser (React must insert and run it), like the Pages apps' loader.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
