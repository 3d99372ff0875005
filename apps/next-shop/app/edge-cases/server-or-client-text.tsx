'use client';

/** Different text on the server and in the browser: a hydration mismatch, on purpose (see the edge-case page). */
export function ServerOrClientText() {
  return <p>{typeof window === 'undefined' ? 'rendered on the server' : 'rendered in the browser'}</p>;
}
