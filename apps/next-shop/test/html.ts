import vm from 'node:vm';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function elements(html: string, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && node.tagName === tagName) found.push(node);
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(parse(html) as Node);
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

/** The nonce Next.js and the page use: the `'nonce-…'` source of `script-src`. */
export function cspNonce(header: string | null): string | undefined {
  return /script-src[^;]*'nonce-([A-Za-z0-9+/_=-]+)'/.exec(header ?? '')?.[1];
}
