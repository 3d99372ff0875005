import vm from 'node:vm';

import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

export interface ParsedScript {
  attrs: Record<string, string>;
  text: string;
}

/** Every `<script>` of a page as a browser's parser sees it. */
export function scriptsOf(html: string): ParsedScript[] {
  const found: ParsedScript[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node && node.tagName === 'script') {
      found.push({
        attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text: node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''),
      });
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

/** The nonce of the response's CSP, after checking that script-src is the strict one. */
export function nonceFromCsp(response: Response): string {
  const policy = response.headers.get('content-security-policy') ?? '';
  const match = /(?:^|;\s*)script-src 'self' 'strict-dynamic' 'nonce-([A-Za-z0-9+/_-]+={0,2})'(?:;|$)/.exec(policy);
  if (!match) throw new Error(`unexpected CSP: ${policy}`);
  return match[1]!;
}

/** Runs an inline script with a bare `window`, returns what it queued on `window.flocktory`. */
export function runSnippet(code: string): unknown[] {
  const sandbox = { window: {} as { flocktory?: unknown[] } };
  vm.runInNewContext(code, sandbox, { timeout: 1000 });
  return JSON.parse(JSON.stringify(sandbox.window.flocktory ?? [])) as unknown[];
}
