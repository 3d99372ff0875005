'use client';
/**
 * The only code this package ships to the browser. It makes sure the order reaches Flocktory
 * exactly once, whichever way the page was reached:
 * - server HTML (SSR, RSC, static): it renders the inline script, which pushes while the page is
 *   parsed, even if the page's JavaScript never loads, and records the order in the page-wide list
 *   of sent orders; hydration keeps that element;
 * - after mount, in every case, an effect pushes from JavaScript (no `eval`, so a strict CSP is
 *   fine) unless the list already has the order: so an inline script that a CSP blocked is made up
 *   for, and one that ran (even in a Suspense chunk that streamed in late) is not repeated;
 * - client-side navigation: React would create an inline script but never run it, so it renders
 *   none and the effect pushes.
 */
import { createElement, useEffect, useState, useSyncExternalStore, type JSX } from 'react';
import { dataFromCode, pushPostcheckoutOnce, SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core/client';

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
    // Checked now, not at load: the inline script of a late streamed chunk has run by the time its
    // boundary mounts, and one that a CSP blocked never recorded its order.
    pushPostcheckoutOnce(dataFromCode(code));
    // A new order id is a new push. The same order with other data runs it again, so it is reported
    // as `duplicate_order` (as a remount or a second instance is) and not dropped silently; the same
    // data re-rendered (new props, the same code) runs nothing.
  }, [orderId, code]);
  if (!inServerHtml) return null;
  // createElement with one literal, not JSX: `<script {...{ [SCRIPT_ATTRIBUTE]: … }} />` compiles to
  // an object spread, and V8 walks such objects (for...in, as React does with props) on a slow
  // path: that alone made renderToString ~1.5x slower. No shop text in any attribute: the order
  // id is only in the code.
  return createElement('script', {
    [SCRIPT_ATTRIBUTE]: 'postcheckout',
    nonce,
    // Browsers hide `nonce` from the DOM after parsing; hydration must not call that a mismatch.
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: code },
  });
}
