/**
 * Server-safe (no hooks, no 'use client'): usable from React Server Components, classic SSR and
 * client components alike. Validation, normalization and serialization happen here, on the server
 * when rendered there; only the finished script text crosses to the tiny client component.
 */
import { buildPostcheckout, type FlocktoryOptions, type PostcheckoutInput } from '@flocktory-ssr/core';
import { FlocktoryPostcheckoutScript } from './postcheckout-script';
import type { NoReactRef } from './react-reserved';

export interface FlocktoryPostcheckoutProps extends PostcheckoutInput, FlocktoryOptions, NoReactRef {}

export function FlocktoryPostcheckout({ user, order, spot, mode, onError, nonce }: FlocktoryPostcheckoutProps) {
  // Strict mode throws here, during render, like any other render error; safe mode gives null.
  const snippet = buildPostcheckout(spot === undefined ? { user, order } : { user, order, spot }, { mode, onError, nonce });
  if (!snippet) return null;
  return <FlocktoryPostcheckoutScript code={snippet.code} orderId={snippet.data.order.id} nonce={snippet.nonce} />;
}
