import type { MarkerAttributes } from '@flocktory-ssr/core';
import { escapeAttribute } from './escape-attribute';

/** One empty marker element, `<div class="i-flocktory" data-fl-…="…"></div>`; `''` for null. Every value is escaped. */
export function markerElement(attributes: MarkerAttributes | null): string {
  if (!attributes) return '';
  let html = '<div';
  for (const [name, value] of attributes) html += ` ${name}="${escapeAttribute(value)}"`;
  return html + '></div>';
}
