import type { GetServerSideProps } from 'next';
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { FlocktoryLoader, FlocktoryPostcheckout, nonceFromHeaders } from '@flocktory-ssr/next';
import { loaderConfig } from '../../../lib/flocktory-config';
import { findOrder } from '../../../lib/orders';

interface Props {
  input: PostcheckoutInput;
  nonce: string | null;
  loader: { siteId: string; src: string | null };
}

/** The same thank-you page in the Pages Router: the nonce comes from the request in getServerSideProps. */
export const getServerSideProps: GetServerSideProps<Props, { orderId: string }> = async ({ params, req }) => {
  const input = params ? findOrder(params.orderId) : undefined;
  if (!input) return { notFound: true };
  // JSON round trip: props must be serializable (ids may be bigints in a real shop).
  const { siteId, src } = loaderConfig();
  return {
    props: {
      input: JSON.parse(JSON.stringify(input)) as PostcheckoutInput,
      nonce: nonceFromHeaders(req.headers) ?? null,
      loader: { siteId, src: src ?? null },
    },
  };
};

export default function PagesRouterThankYou({ input, nonce, loader }: Props) {
  return (
    <main>
      <FlocktoryLoader siteId={loader.siteId} src={loader.src ?? undefined} nonce={nonce} />
      <h1>Thank you (Pages Router)!</h1>
      <FlocktoryPostcheckout user={input.user} order={input.order} nonce={nonce} />
    </main>
  );
}
