/**
 * `@flocktory-ssr/core/markup`: the HTML of a marker element and the attribute escaper, for the
 * adapters that write HTML themselves (@flocktory-ssr/html, Vue's server renderer), so their bytes
 * are equal by construction. Its own entry: the main one stays free of rendering, and a page that
 * only builds data never loads it.
 */
export { escapeAttribute } from './escape-attribute';
export { markerHtml } from './marker-html';
