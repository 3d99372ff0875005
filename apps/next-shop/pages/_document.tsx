import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { nonceFromHeaders } from '@flocktory-ssr/next';

/** Pages Router: Next.js's own scripts need the request's CSP nonce passed by hand. */
export default class ShopDocument extends Document<{ nonce?: string }> {
  static override async getInitialProps(context: DocumentContext): Promise<DocumentInitialProps & { nonce?: string }> {
    const initial = await Document.getInitialProps(context);
    const nonce = context.req ? nonceFromHeaders(context.req.headers) : undefined;
    return nonce ? { ...initial, nonce } : initial;
  }

  override render() {
    const { nonce } = this.props;
    return (
      <Html lang="en">
        <Head nonce={nonce}>
          {/* app/icon.svg, which the App Router links by itself. */}
          <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        </Head>
        <body>
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
