import { elementsOf, type Element, type HtmlKind } from './elements';

export interface ParsedScript {
  /** Attribute names in source order, to catch injected extras (the parser keeps only the first of duplicates). */
  names: string[];
  attributes: Record<string, string>;
  /** The text content, decoded exactly as the browser would run it. */
  text: string;
}

export function toParsedScript(element: Element): ParsedScript {
  return {
    names: element.attrs.map((attribute) => attribute.name),
    attributes: Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value])),
    text: element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''),
  };
}

/** Every `<script>` of `html`, `<template>` content included, as a browser's parser sees it. */
export function scriptsOf(html: string, kind: HtmlKind): ParsedScript[] {
  return elementsOf(html, kind)
    .filter((element) => element.tagName === 'script')
    .map(toParsedScript);
}

/** The `<script>` elements of `html` that carry `attribute` (with exactly `value`, when given). */
export function scriptsWith(html: string, kind: HtmlKind, attribute: string, value?: string): ParsedScript[] {
  return scriptsOf(html, kind).filter(
    (script) => script.names.includes(attribute) && (value === undefined || script.attributes[attribute] === value),
  );
}

// Attribute names spelled out, not imported from core: the tests check the markup core promises.

/** The postcheckout `<script>` elements of a whole page: `data-flocktory="postcheckout"`. */
export const postcheckoutScripts = (html: string) => scriptsWith(html, 'document', 'data-flocktory', 'postcheckout');

/** The loader `<script>` elements of a whole page that an adapter marks: `data-flocktory="loader"`. */
export const loaderScripts = (html: string) => scriptsWith(html, 'document', 'data-flocktory', 'loader');

/**
 * The order id a postcheckout script pushes, read from its code (`…})({"user":…,"order":{"id":…`),
 * the only place it is: no attribute carries it.
 */
export function orderIdOf(script: ParsedScript): string {
  const json = script.text.slice(script.text.indexOf('})(') + 3, -2);
  return (JSON.parse(json) as { order: { id: string } }).order.id;
}
