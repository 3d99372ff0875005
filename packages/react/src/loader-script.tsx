'use client';
/**
 * The loader's browser side. In server HTML (SSR, RSC, static) it renders the `<script async src>`
 * (React 19 hoists it into `<head>`), and hydration keeps it. Mounted on the client (a client-only
 * app, or the loader's first appearance after client-side navigation) it renders nothing and adds
 * the loader to `<head>` once: React 18 never runs a script element it creates.
 */
import { createElement, useEffect, useState, useSyncExternalStore, type JSX } from 'react';
import { ensureLoaderScript } from '@flocktory-ssr/core/client';

const subscribe = () => () => {};
const onClient = () => false;
const onServerOrHydrating = () => true;

export interface FlocktoryLoaderScriptProps {
  /** `buildLoader(...).src`, validated. */
  src: string;
  /** Validated CSP nonce. */
  nonce?: string | undefined;
}

export function FlocktoryLoaderScript({ src, nonce }: FlocktoryLoaderScriptProps): JSX.Element | null {
  // React reads the server snapshot while rendering on the server and while hydrating.
  const [inServerHtml] = useState(useSyncExternalStore(subscribe, onClient, onServerOrHydrating));
  useEffect(() => {
    if (!inServerHtml) ensureLoaderScript({ src, nonce });
  }, [src]);
  if (!inServerHtml) return null;
  // Browsers hide `nonce` from the DOM after parsing; hydration must not call that a mismatch.
  return createElement('script', { async: true, src, nonce, suppressHydrationWarning: true });
}
