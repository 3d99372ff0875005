import type { Ga4Item } from '../../lib/ga4';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** Pushes a GA4 e-commerce event the way Google's GTM guide does: clear the previous `ecommerce` first. */
export function pushGa4Event(event: string, ecommerce: { items: Ga4Item[] } & Record<string, unknown>): void {
  const dataLayer = (window.dataLayer ??= []);
  dataLayer.push({ ecommerce: null });
  dataLayer.push({ event, ecommerce });
}
