import type { MarkerAttributes } from '@flocktory-ssr/core';

// The entities of @flocktory-ssr/html's escapeAttribute, so the server HTML is byte-identical to
// its renderers' (the conformance suite compares them). Vue's own attribute escaping leaves CR
// raw, which the browser's parser turns into LF: `&#13;` keeps it.
const UNSAFE = /[&"'<>\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * One empty marker element, `<div class="i-flocktory" data-fl-…="…"></div>`, for the server
 * renderer; for null the comment Vue renders in place of nothing (hydration expects it). Names
 * are the core's constants; every value is escaped.
 */
export function markerHtml(attributes: MarkerAttributes | null): string {
  if (!attributes) return '<!---->';
  let html = '<div';
  for (const [name, value] of attributes) html += ` ${name}="${value.replace(UNSAFE, (character: string) => ENTITIES[character]!)}"`;
  return html + '></div>';
}
