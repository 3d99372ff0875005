'use client';
/**
 * The cart script's browser side, the same way as the postcheckout script's:
 * - server HTML (SSR, RSC, static): it renders the inline script, which pushes the cart while the
 *   page is parsed and records it as the page's last pushed cart; hydration keeps that element;
 * - once per mount, an effect pushes the cart through core's `updateCart`, which skips a cart
 *   equal to the last one pushed: so a script that ran is not repeated, one that a CSP blocked is
 *   made up for, and on client-side navigation (where React never runs a script it creates, so
 *   none is rendered) this is the push.
 * Later changes while mounted are the shop's cart events (useFlocktoryCart), not a new push here.
 */
import { createElement, useEffect, useState, useSyncExternalStore, type JSX } from 'react';
import { SCRIPT_ATTRIBUTE, updateCart, updateCartDataFromCode } from '@flocktory-ssr/core/client';

const subscribe = () => () => {};
const onClient = () => false;
const onServerOrHydrating = () => true;

export interface FlocktoryUpdateCartScriptProps {
  /** `buildUpdateCart(...).code`, the inline script's text (never raw shop input). */
  code: string;
  /** Validated CSP nonce. */
  nonce?: string | undefined;
}

export function FlocktoryUpdateCartScript({ code, nonce }: FlocktoryUpdateCartScriptProps): JSX.Element | null {
  // React reads the server snapshot while rendering on the server and while hydrating.
  const fromServer = useSyncExternalStore(subscribe, onClient, onServerOrHydrating);
  // Remembered from the first render, so the re-render right after hydration keeps the element;
  // forgotten once the cart changes (the element already ran: a new text would be dead code).
  const [serverCode, setServerCode] = useState(fromServer ? code : null);
  if (serverCode !== null && serverCode !== code) setServerCode(null);
  useEffect(() => {
    updateCart(updateCartDataFromCode(code).cart.items);
    // Once per mount: the cart this page was rendered with.
  }, []);
  if (code !== serverCode) return null;
  return createElement('script', {
    [SCRIPT_ATTRIBUTE]: 'update-cart',
    nonce,
    // Browsers hide `nonce` from the DOM after parsing; hydration must not call that a mismatch.
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: code },
  });
}
