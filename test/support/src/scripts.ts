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

/** The `<script>` elements of `html` that carry `attribute` (e.g. `data-flocktory-order`). */
export function scriptsWith(html: string, kind: HtmlKind, attribute: string): ParsedScript[] {
  return scriptsOf(html, kind).filter((script) => script.names.includes(attribute));
}

// Attribute names spelled out, not imported from core: the tests check the markup core promises.

/** The postcheckout `<script>` elements of a whole page. */
export const postcheckoutScripts = (html: string) => scriptsWith(html, 'document', 'data-flocktory-order');

/** The loader `<script>` elements of a whole page. */
export const loaderScripts = (html: string) => scriptsWith(html, 'document', 'data-flocktory-loader');
