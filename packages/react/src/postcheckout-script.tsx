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
import { createElement, useEffect, useState, useSyncExternalStore, type JSX } from 'react';
import { dataFromCode, markOrderSent, ORDER_ATTRIBUTE, pushPostcheckoutOnce, seedFromDocument } from '@flocktory-ssr/core/client';

// Runs before React renders anything of this module: every order script now in the DOM came with
// the server HTML and has already run.
seedFromDocument();

const subscribe = () => () => {};
const onClient = () => false;
const onServerOrHydrating = () => true;

export interface FlocktoryPostcheckoutScriptProps {
  /** `buildPostcheckout(...).code`, the inline script's text (never raw shop input). */
  code: string;
  /** The snippet's `data.order.id`. */
  orderId: string;
  /** Validated CSP nonce. */
  nonce?: string | undefined;
}

export function FlocktoryPostcheckoutScript({ code, orderId, nonce }: FlocktoryPostcheckoutScriptProps): JSX.Element | null {
  // React reads the server snapshot while rendering on the server and while hydrating.
  const fromServer = useSyncExternalStore(subscribe, onClient, onServerOrHydrating);
  // Remembered from the first render, so the re-render right after hydration keeps the element.
  // Forgotten once the order changes (React's "adjust state on prop change" pattern): a later
  // order on this instance is pushed, and returning to the first one creates no dead script.
  const [serverOrderId, setServerOrderId] = useState(fromServer ? orderId : null);
  if (serverOrderId !== null && serverOrderId !== orderId) setServerOrderId(null);
  const inServerHtml = orderId === serverOrderId;
  useEffect(() => {
    if (inServerHtml) markOrderSent(orderId);
    // Parsed only here, on client-side navigation: the server path never needs the data.
    else pushPostcheckoutOnce(dataFromCode(code));
    // A new order id is a new push; the same order re-rendered (new props, same id) is not.
  }, [orderId]);
  if (!inServerHtml) return null;
  // createElement with one literal, not JSX: `<script {...{ [ORDER_ATTRIBUTE]: id }} />` compiles to
  // an object spread, and V8 walks such objects (for...in, as React does with props) on a slow
  // path: that alone made renderToString ~1.5x slower.
  return createElement('script', {
    [ORDER_ATTRIBUTE]: orderId,
    nonce,
    // Browsers hide `nonce` from the DOM after parsing; hydration must not call that a mismatch.
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: code },
  });
}
