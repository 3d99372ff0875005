import { escapeAttribute } from './escape-attribute';
import type { MarkerAttributes } from './markers';

/**
 * One empty marker element, `<div class="i-flocktory" data-fl-…="…"></div>`: the bytes every
 * adapter that writes HTML itself renders (the html package, Vue's server renderer). Names are the
 * core's constants; every value is escaped.
 */
export function markerHtml(attributes: MarkerAttributes): string {
  let html = '<div';
  for (const [name, value] of attributes) html += ` ${name}="${escapeAttribute(value)}"`;
  return html + '></div>';
}
