import { Head, Html, Main, NextScript } from 'next/document';
import { FlocktoryLoader } from '@flocktory-ssr/next';

/** The loader on every page, rendered once on the server. */
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <FlocktoryLoader siteId="42" src="/flocktory-stub/loader.js" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
