import { parse, type DefaultTreeAdapterMap } from 'parse5';

import type { SourcePosition } from '../types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageElement {
  tagName: string;
  /** In source order, duplicates included (the browser keeps only the first). */
  attrs: ReadonlyArray<{ name: string; value: string }>;
  /** The first value of each attribute name, as the DOM has it. */
  attributes: Readonly<Record<string, string>>;
  position: SourcePosition | undefined;
  /** Offset just after the element's end tag in the source (or its start tag's end). */
  endOffset: number;
  inHead: boolean;
  /** Inside a <template>: not part of the document until a script clones it. */
  inTemplate: boolean;
  /** Text content (for <script>: the code exactly as the browser runs it). */
  text: string;
  /** Where the text starts (a script's line 1, column 1). */
  textPosition: SourcePosition | undefined;
  /** Source offsets of the text's start and of the end tag's start (-1 when unknown). */
  textOffset: number;
  endTagOffset: number;
}

export interface PageDocument {
  html: string;
  /**
   * The elements the checks read, in document order, <template> content included: scripts,
   * <meta>, `.i-flocktory` markers and elements with id or name "flocktory". Others are left out: a large page has thousands.
   */
  elements: PageElement[];
}

// Elements whose name attribute also names a property of window (HTML's named access on Window).
const NAMED_BY_NAME = new Set(['embed', 'form', 'iframe', 'img', 'object']);

/** An element that becomes `window.flocktory` (until a script assigns it): id or name "flocktory". */
export const isNamedFlocktory = (element: Pick<PageElement, 'tagName' | 'attributes'>): boolean =>
  element.attributes.id === 'flocktory' || (element.attributes.name === 'flocktory' && NAMED_BY_NAME.has(element.tagName));

function isRelevant(element: Element): boolean {
  if (element.tagName === 'script' || element.tagName === 'meta') return true;
  let relevant = false;
  for (const attribute of element.attrs) {
    if (attribute.name === 'class' && attribute.value.includes('i-flocktory')) relevant = true;
    if ((attribute.name === 'id' || attribute.name === 'name') && attribute.value === 'flocktory') relevant = true;
  }
  return relevant;
}

function textOf(element: Element): { text: string; position: SourcePosition | undefined; offset: number } {
  let text = '';
  let position: SourcePosition | undefined;
  let offset = -1;
  for (const child of element.childNodes) {
    if (child.nodeName !== '#text') continue;
    const location = (child as DefaultTreeAdapterMap['textNode']).sourceCodeLocation;
    if (position === undefined && location) {
      position = { line: location.startLine, column: location.startCol };
      offset = location.startOffset;
    }
    text += (child as DefaultTreeAdapterMap['textNode']).value;
  }
  return { text, position, offset };
}

function toPageElement(element: Element, inHead: boolean, inTemplate: boolean): PageElement {
  const location = element.sourceCodeLocation;
  const attributes: Record<string, string> = {};
  for (const attribute of element.attrs) if (!(attribute.name in attributes)) attributes[attribute.name] = attribute.value;
  // Text is only needed for scripts (and is large elsewhere): markers are empty by the docs' format.
  const {
    text,
    position: textPosition,
    offset: textOffset,
  } = element.tagName === 'script' ? textOf(element) : { text: '', position: undefined, offset: -1 };
  return {
    tagName: element.tagName,
    attrs: element.attrs,
    attributes,
    position: location ? { line: location.startLine, column: location.startCol } : undefined,
    endOffset: location?.endTag?.endOffset ?? location?.endOffset ?? 0,
    inHead,
    inTemplate,
    text,
    textPosition,
    textOffset,
    endTagOffset: location?.endTag?.startOffset ?? -1,
  };
}

/** Parses a whole page as a browser does (WHATWG algorithm, scripting on), keeping source positions. */
export function parsePage(html: string): PageDocument {
  const elements: PageElement[] = [];
  const walk = (node: Node, inHead: boolean, inTemplate: boolean): void => {
    let head = inHead;
    if ('tagName' in node) {
      head = inHead || node.tagName === 'head';
      if (isRelevant(node)) elements.push(toPageElement(node, head, inTemplate));
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, head, inTemplate);
    // <template> keeps its children in a separate fragment.
    if ('content' in node && node.content) walk(node.content as Node, head, true);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }) as Node, false, false);
  return { html, elements };
}
