/**
 * A marker element's attributes, `[name, value]` in the docs' order, values not yet HTML-escaped:
 * `<div class="i-flocktory" data-fl-…="…"></div>`. Flocktory's loader reads these elements when it
 * loads (and on `reInit()`). No value holds a CR: line breaks are LF (see `marker`).
 */
export type MarkerAttributes = ReadonlyArray<readonly [name: string, value: string]>;

/** The class every marker carries, its first attribute. */
const MARKER_CLASS: readonly [name: 'class', value: 'i-flocktory'] = ['class', 'i-flocktory'];

const CARRIAGE_RETURN = /\r\n?/g;

/**
 * A marker's attributes: `class` first, then `attributes` (a fresh array the builder made, changed
 * in place and returned: no copy) with every CR LF and lone CR as LF. That is what a browser reads
 * from a CR written raw into an attribute (the parser's newline normalization), and React writes it
 * raw; so every adapter sends Flocktory the same value, and the same bytes, whatever escaper writes it.
 */
export function marker(attributes: [name: string, value: string][]): MarkerAttributes {
  for (const attribute of attributes) if (attribute[1].includes('\r')) attribute[1] = attribute[1].replace(CARRIAGE_RETURN, '\n');
  attributes.unshift(MARKER_CLASS as [string, string]);
  return attributes;
}
