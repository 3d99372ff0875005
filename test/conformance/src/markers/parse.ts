import { elementsOf, toParsedScript, type Element, type ParsedScript } from '@flocktory-ssr/test-support';

export interface PointHtml {
  /** The `.i-flocktory` markers' attributes, `[name, value]` in source order. */
  markers: [string, string][][];
  /** The `<script data-flocktory="update-cart">` elements. */
  cartScripts: ParsedScript[];
  /** Every other element as `tag[attribute names]`: the page around ours, which must not change. */
  skeleton: string[];
}

const isMarker = (element: Element) =>
  element.tagName === 'div' && element.attrs.some((attribute) => attribute.name === 'class' && attribute.value === 'i-flocktory');
const isCartScript = (element: Element) =>
  element.tagName === 'script' &&
  element.attrs.some((attribute) => attribute.name === 'data-flocktory' && attribute.value === 'update-cart');

/** What a browser's parser builds from an adapter's HTML, split into our elements and the rest. */
export function parsePointHtml(html: string, kind: 'fragment' | 'document'): PointHtml {
  const markers: [string, string][][] = [];
  const cartScripts: ParsedScript[] = [];
  const skeleton: string[] = [];
  for (const element of elementsOf(html, kind)) {
    if (isMarker(element)) {
      markers.push(element.attrs.map((attribute) => [attribute.name, attribute.value]));
      if (element.childNodes.length > 0) skeleton.push('marker with content');
    } else if (isCartScript(element)) cartScripts.push(toParsedScript(element));
    else skeleton.push(`${element.tagName}[${element.attrs.map((attribute) => attribute.name).join(' ')}]`);
  }
  return { markers, cartScripts, skeleton };
}
