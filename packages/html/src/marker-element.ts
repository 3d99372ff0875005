import type { MarkerAttributes } from '@flocktory-ssr/core';
import { markerHtml } from '@flocktory-ssr/core/markup';

/** One empty marker element, `<div class="i-flocktory" data-fl-…="…"></div>` (core's bytes); `''` for null. */
export function markerElement(attributes: MarkerAttributes | null): string {
  return attributes ? markerHtml(attributes) : '';
}
