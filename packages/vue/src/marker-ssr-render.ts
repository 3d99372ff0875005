import type { MarkerAttributes } from '@flocktory-ssr/core';
import { markerHtml } from '@flocktory-ssr/core/markup';

/**
 * The component's `ssrRender`, which `vue/server-renderer` uses instead of the render function:
 * it writes the element with the core's markerHtml, so the bytes are the html package's by
 * construction, and nothing of the parent's reaches it (`_attrs`, a scoped style's id). For null,
 * the comment Vue renders in place of nothing (hydration expects it). A file of its own, so the
 * browser build, which leaves it out, keeps no import of core/markup.
 */
export function markerSsrRender<P>(build: (props: P) => MarkerAttributes | null) {
  return (_context: unknown, push: (html: string) => void, _parent: unknown, _attrs: unknown, props: P): void => {
    const attributes = build(props);
    push(attributes ? markerHtml(attributes) : '<!---->');
  };
}
