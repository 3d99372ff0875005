/**
 * A marker element's attributes, `[name, value]` in the docs' order, values not yet HTML-escaped:
 * `<div class="i-flocktory" data-fl-…="…"></div>`. Flocktory's loader reads these elements when it
 * loads (and on `reInit()`).
 */
export type MarkerAttributes = ReadonlyArray<readonly [name: string, value: string]>;

/** The class every marker carries, its first attribute. */
export const MARKER_CLASS: readonly [name: 'class', value: 'i-flocktory'] = ['class', 'i-flocktory'];
