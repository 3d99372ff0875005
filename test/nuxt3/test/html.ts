import vm from 'node:vm';

import { ORDER_ATTRIBUTE } from '@flocktory-ssr/core';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export interface ParsedScript {
  attrs: Record<string, string>;
  /** The text content, decoded exactly as the browser would run it. */
  text: string;
}

/** Every `<script>` of a document, as a browser's HTML parser sees it. */
export function scriptsOf(html: string): ParsedScript[] {
  const found: ParsedScript[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node && node.tagName === 'script') {
      const el = node as Element;
      found.push({
        attrs: Object.fromEntries(el.attrs.map((a) => [a.name, a.value])),
        text: el.childNodes.map((child) => ('value' in child ? child.value : '')).join(''),
      });
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node) walk((node as DefaultTreeAdapterMap['template']).content as unknown as Node);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

export const postcheckoutScripts = (html: string) => scriptsOf(html).filter((s) => ORDER_ATTRIBUTE in s.attrs);
export const loaderScripts = (html: string) => scriptsOf(html).filter((s) => 'data-flocktory-loader' in s.attrs);

/** Runs an inline script as the browser would and returns what it pushed to `window.flocktory`. */
export function runPushes(code: string): unknown[] {
  const sandbox = { window: {} as { flocktory?: unknown[] } };
  vm.runInNewContext(code, sandbox, { timeout: 1000 });
  return JSON.parse(JSON.stringify(sandbox.window.flocktory ?? [])) as unknown[];
}
