'use client';
/**
 * The only code this package ships to the browser. It makes sure the order reaches Flocktory
 * exactly once, whichever way the page was reached:
 * - server HTML (SSR, RSC, static): it renders the inline script, which pushes while the page is
 *   parsed, even if the page's JavaScript never loads; hydration keeps that element and counts the
 *   order as sent (so does `seedFromDocument()` when this module is first evaluated);
 * - client-side navigation: React would create an inline script but never run it, so it renders
 *   none and pushes from an effect instead (no `eval`, so a strict CSP is fine).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ORDER_ATTRIBUTE, postcheckoutCode, type PostcheckoutData } from '@flocktory-ssr/core';
import { markOrderSent, pushPostcheckoutOnce, seedFromDocument } from '@flocktory-ssr/core/client';

// Runs before React renders anything of this module: every order script now in the DOM came with
// the server HTML and has already run.
seedFromDocument();

const subscribe = () => () => {};
const onClient = () => false;
const onServerOrHydrating = () => true;

export interface FlocktoryPostcheckoutScriptProps {
  /** Normalized data from `buildPostcheckout` (never raw shop input). */
  data: PostcheckoutData;
  /** Validated CSP nonce. */
  nonce?: string | undefined;
}

export function FlocktoryPostcheckoutScript({ data, nonce }: FlocktoryPostcheckoutScriptProps) {
  // React reads the server snapshot while rendering on the server and while hydrating.
  const fromServer = useSyncExternalStore(subscribe, onClient, onServerOrHydrating);
  const orderId = data.order.id;
  // Remembered from the first render, so the re-render right after hydration keeps the element.
  // Forgotten once the order changes (React's "adjust state on prop change" pattern): a later
  // order on this instance is pushed, and returning to the first one creates no dead script.
  const [serverOrderId, setServerOrderId] = useState(fromServer ? orderId : null);
  if (serverOrderId !== null && serverOrderId !== orderId) setServerOrderId(null);
  const inServerHtml = orderId === serverOrderId;
  useEffect(() => {
    if (inServerHtml) markOrderSent(orderId);
    else pushPostcheckoutOnce(data);
    // A new order id is a new push; an equal order in a new object is not.
  }, [orderId]);
  if (!inServerHtml) return null;
  const attributes = { [ORDER_ATTRIBUTE]: orderId };
  return (
    <script
      {...attributes}
      nonce={nonce}
      // Browsers hide `nonce` from the DOM after parsing; hydration must not call that a mismatch.
      suppressHydrationWarning
      // Exactly `buildPostcheckout(...).code`: the core builds that string with this same function.
      dangerouslySetInnerHTML={{ __html: postcheckoutCode(data) }}
    />
  );
}
