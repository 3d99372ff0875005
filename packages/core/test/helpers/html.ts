import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { expect } from 'vitest';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function child(parent: Node, tagName: string): Element {
  const found = 'childNodes' in parent ? parent.childNodes.find((node) => isElement(node) && node.tagName === tagName) : undefined;
  if (!found || !isElement(found)) throw new Error(`no <${tagName}> in the parsed document`);
  return found;
}

function textOf(element: Element): string {
  return element.childNodes.map((node) => ('value' in node && node.nodeName === '#text' ? node.value : '')).join('');
}

/**
 * Puts `code` in an inline `<script>` of a whole HTML document, as an adapter would, and parses it
 * the way a browser does. The script must stay one element whose text is exactly `code`, with
 * nothing after it in the body: otherwise some string in the data ended the element or changed
 * the tokenizer's state. Returns the parsed script element for further checks.
 */
export function expectInertScript(code: string, attributes = ''): Element {
  const html = `<!DOCTYPE html><html><head><title>Thanks</title></head><body><script${attributes}>${code}</script></body></html>`;
  const document = parse(html);
  const body = child(child(document, 'html'), 'body');
  expect(body.childNodes.map((node) => node.nodeName)).toEqual(['script']);
  const script = body.childNodes[0] as Element;
  expect(textOf(script)).toBe(code);
  return script;
}
