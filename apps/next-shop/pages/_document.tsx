import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { FlocktoryLoader, nonceFromHeaders } from '@flocktory-ssr/next';
import { loaderConfig } from '../lib/flocktory-config';

type Props = DocumentInitialProps & { nonce?: string };

/**
 * Pages Router: the document is rendered on the server for every page and never hydrated, so
 * Flocktory's loader goes here, once for every page, with the request's CSP nonce, which
 * Next.js's own scripts need passed by hand too.
 */
export default class ShopDocument extends Document<Props> {
  static override async getInitialProps(context: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(context);
    const nonce = context.req ? nonceFromHeaders(context.req.headers) : undefined;
    return nonce ? { ...initial, nonce } : initial;
  }

  override render() {
    const { nonce } = this.props;
    const loader = loaderConfig();
    return (
      <Html lang="en">
        <Head nonce={nonce}>
          {/* app/icon.svg, which the App Router links by itself. */}
          <link rel="icon" href="/icon.svg" type="image/svg+xml" />
          <FlocktoryLoader siteId={loader.siteId} src={loader.src} nonce={nonce} />
        </Head>
        <body>
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
