import { useEffect, useState, type MouseEvent } from 'react';
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { FlocktoryLoader, FlocktoryPostcheckout } from '@flocktory-ssr/react';
import data from '../orders.json';

// The shop's orders as its API returns them: some are deliberately invalid.
const orders = data as unknown as Record<string, PostcheckoutInput>;

/** A two-route app; history.pushState is all the router this test needs. */
export function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPopState = () => setPath(location.pathname);
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    history.pushState(null, '', event.currentTarget.href);
    setPath(location.pathname);
  };
  const key = /^\/thank-you\/([^/]+)$/.exec(path)?.[1];
  return (
    <>
      <FlocktoryLoader siteId="42" src="/flocktory-stub/loader.js" />
      {key ? <ThankYou purchase={orders[decodeURIComponent(key)]} /> : <Home navigate={navigate} />}
    </>
  );
}

function Home({ navigate }: { navigate: (event: MouseEvent<HTMLAnchorElement>) => void }) {
  // Tells the test that client-side navigation is possible from here.
  useEffect(() => {
    document.documentElement.dataset.matrixReady = '';
  }, []);
  return (
    <main>
      <h1>Shop</h1>
      <a id="thank-you-link" href="/thank-you/M-1001" onClick={navigate}>
        Your order
      </a>
    </main>
  );
}

function ThankYou({ purchase }: { purchase: PostcheckoutInput | undefined }) {
  if (!purchase) return <h1>Order not found</h1>;
  return (
    <main>
      <h1 id="thank-you-heading">Thank you, {purchase.user.name}!</h1>
      <FlocktoryPostcheckout user={purchase.user} order={purchase.order} />
    </main>
  );
}
