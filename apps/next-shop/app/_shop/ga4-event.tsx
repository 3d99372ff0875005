'use client';
import { useEffect, useRef } from 'react';
import type { Ga4Item } from '../../lib/ga4';
import { pushGa4Event } from './data-layer';

/** Pushes one GA4 event to the dataLayer when the page shows (once per mount, also under Strict Mode). */
export function Ga4Event({ event, ecommerce }: { event: string; ecommerce: { items: Ga4Item[] } & Record<string, unknown> }) {
  const pushed = useRef(false);
  useEffect(() => {
    if (pushed.current) return;
    pushed.current = true;
    pushGa4Event(event, ecommerce);
  }, [event, ecommerce]);
  return null;
}
