import type { GetServerSideProps } from 'next';
import { FlocktoryPostcheckout, nonceFromHeaders, type PostcheckoutInput } from '@flocktory-ssr/next';
import { findOrder } from '../../../lib/orders';

interface Props {
  input: PostcheckoutInput;
  nonce: string | null;
}

/**
 * The same thank-you page in the Pages Router: the nonce comes from the request in
 * getServerSideProps (the loader is in pages/_document.tsx, for every page).
 */
export const getServerSideProps: GetServerSideProps<Props, { orderId: string }> = async ({ params, req }) => {
  const input = params ? findOrder(params.orderId) : undefined;
  if (!input) return { notFound: true };
  // JSON round trip: props must be serializable (ids may be bigints in a real shop).
  return {
    props: {
      input: JSON.parse(JSON.stringify(input)) as PostcheckoutInput,
      nonce: nonceFromHeaders(req.headers) ?? null,
    },
  };
};

export default function PagesRouterThankYou({ input, nonce }: Props) {
  return (
    <main>
      <h1>Thank you (Pages Router)!</h1>
      <FlocktoryPostcheckout user={input.user} order={input.order} nonce={nonce} />
    </main>
  );
}
