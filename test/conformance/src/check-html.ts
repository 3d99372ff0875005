/**
 * Parses an adapter's HTML with parse5 (the WHATWG algorithm browsers use) and pulls out the
 * postcheckout script, plus a "skeleton" of everything else, so a test can say: exactly this
 * one script, exactly these attributes and text, and nothing else anywhere in the page.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ParsedPostcheckout {
  /** Every `script[data-flocktory]` in the document (whatever the value: the caller checks it). */
  scripts: Array<{ attributes: Record<string, string>; attributeNames: string[]; text: string; textNodes: number }>;
  /**
   * Everything else: one line per element (`tag[attr names]`) and per comment (`<!--data-->`), in
   * document order. Script elements are listed without their text, so framework scripts do not
   * make the skeleton depend on data, while any injected element or attribute does change it.
   */
  skeleton: string[];
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  const children: Node[] = 'childNodes' in node ? [...node.childNodes] : [];
  // <template> keeps its children in a separate fragment.
  if (isElement(node) && node.tagName === 'template' && 'content' in node)
    children.push(...(node.content as unknown as { childNodes: Node[] }).childNodes);
  return children;
}

function walk(node: Node, result: ParsedPostcheckout): void {
  if (isElement(node)) {
    const names = node.attrs.map((attr) => attr.name);
    if (node.tagName === 'script' && names.includes(SCRIPT_ATTRIBUTE)) {
      const texts = node.childNodes.filter((child): child is DefaultTreeAdapterMap['textNode'] => child.nodeName === '#text');
      result.scripts.push({
        attributes: Object.fromEntries(node.attrs.map((attr) => [attr.name, attr.value])),
        attributeNames: names,
        text: texts.map((text) => text.value).join(''),
        textNodes: node.childNodes.length,
      });
      result.skeleton.push(`postcheckout-script`);
      return;
    }
    result.skeleton.push(`${node.tagName}[${names.join(',')}]`);
  } else if (node.nodeName === '#comment') {
    result.skeleton.push(`<!--${(node as DefaultTreeAdapterMap['commentNode']).data}-->`);
  }
  for (const child of childrenOf(node)) walk(child, result);
}

export function parsePostcheckoutHtml(html: string, kind: 'fragment' | 'document'): ParsedPostcheckout {
  const root = kind === 'fragment' ? parseFragment(html) : parse(html);
  const result: ParsedPostcheckout = { scripts: [], skeleton: [] };
  walk(root, result);
  return result;
}
