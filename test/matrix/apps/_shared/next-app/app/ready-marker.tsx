'use client';
import { useEffect } from 'react';

/** Tells the test that client-side navigation is possible from here. */
export function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.matrixReady = '';
  }, []);
  return null;
}
