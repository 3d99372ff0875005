import type { GetServerSideProps } from 'next';
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { FlocktoryLoader, FlocktoryPostcheckout, nonceFromHeaders } from '@flocktory-ssr/next';
import { orders } from '../../lib/orders';

interface Props {
  purchase: PostcheckoutInput;
  nonce: string | null;
}

export const getServerSideProps: GetServerSideProps<Props, { key: string }> = async ({ params, req }) => {
  const purchase = params ? orders[params.key] : undefined;
  if (!purchase) return { notFound: true };
  return { props: { purchase, nonce: nonceFromHeaders(req.headers) ?? null } };
};

/**
 * The loader only where it is needed: on client-side navigation from `/` it first appears in the
 * browser, where React 18 does not run a script it creates by itself.
 */
export default function ThankYou({ purchase, nonce }: Props) {
  return (
    <main>
      <FlocktoryLoader siteId="42" src="/flocktory-stub/loader.js" nonce={nonce} />
      <h1 id="thank-you-heading">Thank you, {purchase.user.name}!</h1>
      <FlocktoryPostcheckout user={purchase.user} order={purchase.order} nonce={nonce} />
    </main>
  );
}
