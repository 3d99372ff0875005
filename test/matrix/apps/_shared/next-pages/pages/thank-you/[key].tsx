import type { GetServerSideProps } from 'next';
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { FlocktoryPostcheckout, nonceFromHeaders } from '@flocktory-ssr/next';
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

export default function ThankYou({ purchase, nonce }: Props) {
  return (
    <main>
      <h1 id="thank-you-heading">Thank you, {purchase.user.name}!</h1>
      <FlocktoryPostcheckout user={purchase.user} order={purchase.order} nonce={nonce} />
    </main>
  );
}
