import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/**
 * How to parse: `document` as a whole page, `fragment` as body content, `auto` as a page when it
 * starts with `<!DOCTYPE` or `<html`, else as body content.
 */
export type HtmlKind = 'document' | 'fragment' | 'auto';

function* walk(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* walk(child);
  // <template> keeps its children in a separate fragment.
  if ('content' in node && node.content) yield* walk(node.content as Node);
}

/** Every element the browser's HTML parser (parse5, the WHATWG algorithm) builds from `html`, in document order. */
export function elementsOf(html: string, kind: HtmlKind): Element[] {
  const asDocument = kind === 'document' || (kind === 'auto' && /^\s*<!DOCTYPE|^\s*<html/i.test(html));
  return [...walk((asDocument ? parse(html) : parseFragment(html)) as Node)];
}
