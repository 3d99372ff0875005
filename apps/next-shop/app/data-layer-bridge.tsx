'use client';
import { useEffect } from 'react';
import { bridgeDataLayer } from '@flocktory-ssr/core/bridge';

/**
 * The GA4-only integration: the shop's own `add_to_cart` / `remove_from_cart` dataLayer pushes
 * become Flocktory's `addToCart` / `removeFromCart` (events pushed before this ran included). The
 * shop then makes no Flocktory cart calls of its own, and a GTM tag that sent Flocktory cart
 * events would have to go: each event would reach Flocktory twice.
 */
export function DataLayerBridge() {
  useEffect(() => bridgeDataLayer((window.dataLayer ??= [])), []);
  return null;
}
