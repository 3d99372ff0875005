import { createElement, type JSX } from 'react';
import type { MarkerAttributes } from '@flocktory-ssr/core';

/**
 * One empty marker `<div>` with exactly the core's attributes, in the core's order (React renders
 * props in insertion order); `class` is React's `className`. React escapes every value. Null when
 * the core gave none (an anonymous visitor, or bad data in safe mode).
 */
export function markerElement(attributes: MarkerAttributes | null): JSX.Element | null {
  if (!attributes) return null;
  const props: Record<string, string> = {};
  for (const [name, value] of attributes) props[name === 'class' ? 'className' : name] = value;
  return createElement('div', props);
}
