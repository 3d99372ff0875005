import vm from 'node:vm';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
  if ('content' in node && node.content) walk(node.content as Node, visit);
}

/** Every `<script>` in the HTML, parsed the way a browser parses it. */
export function scripts(html: string): Element[] {
  const found: Element[] = [];
  const root = /^\s*<!DOCTYPE|^\s*<html/i.test(html) ? parse(html) : parseFragment(html);
  walk(root as Node, (element) => {
    if (element.tagName === 'script') found.push(element);
  });
  return found;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function text(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** Runs script text in a fresh context and returns what it pushed to `window.flocktory`. */
export function runSnippet(code: string): unknown[] {
  const window: { flocktory?: unknown[] } = {};
  vm.runInNewContext(code, { window });
  return JSON.parse(JSON.stringify(window.flocktory ?? []));
}
