/**
 * The React test app, the same for server and client: a home page and a thank-you page with one
 * `<FlocktoryPostcheckout>` per order of the state.
 */
import { StrictMode, Suspense, useEffect, type ReactNode } from 'react';
import { FlocktoryPostcheckout } from '@flocktory-ssr/react';

import type { AppState } from '../../app-state';
import { ORDERS } from '../../orders';
import { commits, reported } from '../commits';

/** Server only: the late boundary suspends on this gate until the shell was sent. */
export const lateGate: { open: boolean; promise: Promise<void> } = { open: true, promise: Promise.resolve() };

function Committed({ token }: { token: number }) {
  useEffect(() => commits.committed(token), [token]);
  return null;
}

function Late({ mismatch, children }: { mismatch: boolean; children: ReactNode }) {
  const server = typeof window === 'undefined';
  if (server && !lateGate.open) throw lateGate.promise;
  return (
    <section>
      {mismatch && <p>{server ? 'rendered on the server' : 'rendered on the client'}</p>}
      {children}
    </section>
  );
}

function Page({ state }: { state: AppState }) {
  if (state.page === 'home') {
    return (
      <main>
        <h1>Home</h1>
        <Committed token={state.token} />
      </main>
    );
  }
  return (
    <main>
      <h1>Thank you</h1>
      {state.orders.map((key, index) => (
        <FlocktoryPostcheckout key={index} {...ORDERS[key].input} nonce={state.nonce} mode="safe" onError={reported} />
      ))}
      <Committed token={state.token} />
    </main>
  );
}

export function App({ state }: { state: AppState }) {
  const page = <Page state={state} />;
  const tree = (
    <div className="app">
      {state.clobber === 'id' && <img id="flocktory" alt="" />}
      {state.clobber === 'name' && <form name="flocktory" />}
      {state.late ? (
        <Suspense fallback={<p>Loading…</p>}>
          <Late mismatch={state.late === 'mismatch'}>{page}</Late>
        </Suspense>
      ) : (
        page
      )}
    </div>
  );
  return state.strictMode ? <StrictMode>{tree}</StrictMode> : tree;
}
